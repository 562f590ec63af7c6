package dev.retort.revision;

import dev.retort.RetortException;
import dev.retort.compile.ClassPaths;
import dev.retort.compile.JavaSources;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds revision classes: from a source folder (compiled on the fly into the cache, the truth
 * during development) or, for a packaged application, as compiled classes in a package on the
 * class path.
 */
public final class RevisionLoader {

    private final JavaSources compiler;

    public RevisionLoader(JavaSources compiler) {
        this.compiler = compiler;
    }

    /** Every revision under {@code directory}; the origin of each is its source file. */
    public RevisionGraph fromSources(Path directory) {
        return fromSources(directory, "");
    }

    /**
     * Every revision of {@code packageName} under the source folder {@code directory}, or of the
     * whole folder when the package is empty: a folder the application's own code shares (a
     * project's {@code src/main/java}) is never compiled whole.
     */
    public RevisionGraph fromSources(Path directory, String packageName) {
        if (!Files.isDirectory(directory)) {
            throw RetortException.badInput("migrations folder " + directory + " does not exist (run 'retort init')");
        }
        Path folder = packageName.isEmpty() ? directory : directory.resolve(packageName.replace('.', '/'));
        List<Path> files = Files.isDirectory(folder) ? JavaSources.sourceFiles(List.of(folder)) : List.of();
        if (!packageName.isEmpty()) { // one elsewhere would be left out in silence, and its revision with it
            JavaSources.sourceFiles(List.of(directory)).stream().filter(file -> !file.startsWith(folder) && declaresRevision(file)).findFirst()
                    .ifPresent(stray -> {
                        throw RetortException.badInput("revision file " + stray + " is outside " + folder + ", the folder of migrations.package "
                                + packageName + ": move it there (revisions are read from that folder only)");
                    });
        }
        if (files.isEmpty()) {
            return RevisionGraph.of(List.of());
        }
        Path classes = compiler.compileEach("revisions", List.of(directory), files, helpers(files), ClassPaths.of(Migration.class));
        URLClassLoader loader = new URLClassLoader(ClassPaths.urls(List.of(classes)), Migration.class.getClassLoader());
        return load(new ClassGraph().overrideClasspath(classes.toString()), loader, directory, classes);
    }

    /** {@code @Revision(} opening a line, as a declaration does; one in a comment does not count. */
    private static final Pattern DECLARES_REVISION = Pattern.compile("(?m)^\\s*@(?:dev\\.retort\\.revision\\.)?Revision\\s*\\(");

    /** Files beside the revisions that declare none, such as a class of constants the revisions share. */
    private static List<Path> helpers(List<Path> files) {
        return files.stream().filter(file -> !declaresRevision(file)).toList();
    }

    private static boolean declaresRevision(Path file) {
        try {
            return DECLARES_REVISION.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).find(); // any encoding: javac judges that
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every revision in {@code packageName} visible to {@code loader}; the origin of each is its class name. */
    public static RevisionGraph fromClasspath(String packageName, ClassLoader loader) {
        return load(new ClassGraph().overrideClassLoaders(loader).acceptPackages(packageName), loader, null, null);
    }

    /** @param compiled the folder the sources were compiled to, which keeps their checksums; null for classes on the class path */
    private static RevisionGraph load(ClassGraph classGraph, ClassLoader loader, Path sourceRoot, Path compiled) {
        List<RevisionInfo> revisions = new ArrayList<>();
        // not only public classes: a hand-written revision without 'public' is a revision all the same
        try (ScanResult scan = classGraph.enableAnnotationInfo().ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Revision.class.getName())) {
                String origin = sourceRoot == null ? info.getName() : sourceFile(sourceRoot, info).toString();
                revisions.add(instantiate(info, loader, origin,
                        compiled == null ? null : compiled.resolve(info.getName().replace('.', '/') + ".checksum")));
            }
        }
        return RevisionGraph.of(revisions);
    }

    private static RevisionInfo instantiate(ClassInfo info, ClassLoader loader, String origin, Path checksumFile) {
        AnnotationInfo annotationInfo = info.getAnnotationInfo(Revision.class.getName());
        try {
            Class<?> type = Class.forName(info.getName(), true, loader);
            if (!Migration.class.isAssignableFrom(type)) {
                throw RetortException.badInput(origin + ": a @Revision class must implement " + Migration.class.getName());
            }
            Revision revision = type.getAnnotation(Revision.class);
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true); // a revision need not be public
            Migration migration = (Migration) constructor.newInstance();
            return new RevisionInfo(revision.id(), Arrays.asList(revision.parents()), revision.message(), revision.created(),
                    origin, migration, checksumFile);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw RetortException.badInput(origin + ": cannot load revision " + annotationInfo.getParameterValues().getValue("id")
                    + ": " + e);
        }
    }

    private static Path sourceFile(Path root, ClassInfo info) {
        String packagePath = info.getPackageName().replace('.', '/');
        String file = info.getSourceFile() != null ? info.getSourceFile() : info.getSimpleName() + ".java";
        return packagePath.isEmpty() ? root.resolve(file) : root.resolve(packagePath).resolve(file);
    }
}
