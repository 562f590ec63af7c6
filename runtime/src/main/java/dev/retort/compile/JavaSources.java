package dev.retort.compile;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles folders of {@code .java} files (entity sources, revision files) into a cache folder
 * keyed by a hash of the sources and the class path, so an unchanged tree is compiled once.
 * The cache folder appears whole or not at all: compilation writes to a temporary folder that is
 * then moved into place. Each new folder prunes its purpose's old ones (see {@link #prune}).
 */
public final class JavaSources {

    /** Builds of a purpose kept however old they are: the latest ones, which a checkout of recent files may want again. */
    private static final int KEPT_BUILDS = 8;
    /** Another run may still be loading classes from a build used this recently, so it stays. */
    private static final Duration IN_USE = Duration.ofDays(1);
    /** Compiled revision files are shared by every later tree, so they stay until unused this long. */
    private static final Duration UNITS_UNUSED = Duration.ofDays(30);
    private static final String UNITS = "units";

    private final Path cacheRoot;

    public JavaSources(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** A cache Retort cannot write is the user's to fix: one line naming it, not an unexpected error. */
    private RetortException unusableCache(IOException e) {
        return RetortException.badInput("cannot write compiled classes under " + cacheRoot + " (" + e
                + "): point RETORT_CACHE_DIR at a folder Retort may write");
    }

    /** {@code $RETORT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/retort}, else {@code ~/.cache/retort}. */
    public static JavaSources inUserCache() {
        String explicit = System.getenv("RETORT_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return new JavaSources(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new JavaSources(base.resolve("retort"));
    }

    /** Every {@code .java} file under the roots, in a stable order. */
    public static List<Path> sourceFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw RetortException.badInput("source folder " + root + " does not exist");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + root, e);
            }
        }
        return files;
    }

    /**
     * Compiles {@code files} against {@code classpath} and returns the folder holding the classes.
     * A compile error is bad input, reported with file, line and the compiler's message.
     */
    public Path compile(String purpose, List<Path> files, List<Path> classpath) {
        String hash = hash(files, classpath);
        Path target = cacheRoot.resolve(purpose).resolve(hash);
        if (Files.isDirectory(target)) {
            markUsed(target);
            return target;
        }
        JavaCompiler compiler = requireCompiler();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempDirectory(target.getParent(), hash + ".tmp");
            runCompiler(compiler, files, classpath, temporary);
            moveIntoPlace(temporary, target);
            prune(target.getParent(), KEPT_BUILDS, IN_USE);
            return target;
        } catch (IOException e) {
            throw unusableCache(e);
        }
    }

    private static void runCompiler(JavaCompiler compiler, List<Path> files, List<Path> classpath, Path output) throws IOException {
        runCompiler(compiler, files, classpath, List.of("-implicit:class", "-d", output.toString()), fileManager -> fileManager, output);
    }

    /** Runs javac; on an error, deletes {@code output} and reports the first error as bad input. */
    private static void runCompiler(JavaCompiler compiler, List<Path> files, List<Path> classpath, List<String> extraOptions,
            Function<StandardJavaFileManager, JavaFileManager> outputs, Path output) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
            options.addAll(extraOptions);
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            boolean ok = compiler.getTask(null, outputs.apply(fileManager), diagnostics, options, null, units).call();
            if (!ok) {
                deleteTree(output);
                throw RetortException.badInput(firstError(diagnostics));
            }
        }
    }

    /**
     * Compiles files that do not depend on each other's classes (revision files), each cached on
     * its own, so a folder that gained one file compiles that one file; the classes of all are then
     * gathered into one folder, keyed as {@link #compile} keys its folders. Any file may refer to
     * the {@code shared} ones (helpers beside the revisions, themselves among {@code files}), so
     * each unit's key includes them: a changed helper compiles every unit again rather than
     * serving one with a stale inlined constant or a call to a method that is gone.
     */
    public Path compileEach(String purpose, List<Path> roots, List<Path> files, List<Path> shared, List<Path> classpath) {
        Path target = cacheRoot.resolve(purpose).resolve(hash(files, classpath));
        if (Files.isDirectory(target)) {
            markUsed(target);
            return target;
        }
        try {
            Path unitsRoot = Files.createDirectories(cacheRoot.resolve(purpose).resolve(UNITS));
            Map<Path, Path> units = new LinkedHashMap<>();
            for (Path file : files) {
                List<Path> keyed = new ArrayList<>(List.of(file));
                shared.stream().filter(helper -> !helper.equals(file)).forEach(keyed::add);
                units.put(file.toAbsolutePath().normalize(), unitsRoot.resolve(hash(keyed, classpath)));
            }
            List<Path> missing = units.entrySet().stream().filter(unit -> !Files.isDirectory(unit.getValue())).map(Map.Entry::getKey).toList();
            if (!missing.isEmpty()) {
                compileUnits(missing, roots, classpath, units, unitsRoot);
            }
            Path gathered = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp");
            for (Path unit : units.values()) {
                copyTree(unit, gathered);
                markUsed(unit);
            }
            moveIntoPlace(gathered, target);
            prune(target.getParent(), KEPT_BUILDS, IN_USE);
            prune(unitsRoot, 0, UNITS_UNUSED);
            return target;
        } catch (IOException e) {
            throw unusableCache(e);
        }
    }

    /** One javac run; each class file goes to a temporary folder for its source file, moved into place when all compiled. */
    private void compileUnits(List<Path> files, List<Path> roots, List<Path> classpath, Map<Path, Path> units, Path unitsRoot) throws IOException {
        Path staging = Files.createTempDirectory(unitsRoot, "compiling");
        Map<Path, Path> staged = new LinkedHashMap<>();
        for (Path file : files) {
            staged.put(file, Files.createDirectories(staging.resolve(units.get(file).getFileName())));
        }
        List<String> options = List.of("-implicit:none", "-d", staging.toString(), "-sourcepath",
                roots.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        runCompiler(requireCompiler(), files, classpath, options, fileManager -> new UnitOutputs(fileManager, staged), staging);
        for (Path file : files) {
            moveIntoPlace(staged.get(file), units.get(file));
        }
        deleteTree(staging);
    }

    /** Sends each class file to the folder of the source file it was compiled from. */
    private static final class UnitOutputs extends ForwardingJavaFileManager<StandardJavaFileManager> {

        private final Map<Path, Path> folders;

        UnitOutputs(StandardJavaFileManager fileManager, Map<Path, Path> folders) {
            super(fileManager);
            this.folders = folders;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                throws IOException {
            Path folder = sibling == null ? null : folders.get(Path.of(sibling.toUri()).toAbsolutePath().normalize());
            if (location != StandardLocation.CLASS_OUTPUT || folder == null) {
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
            Path file = folder.resolve(className.replace('.', '/') + kind.extension);
            Files.createDirectories(file.getParent());
            return fileManager.getJavaFileObjects(file).iterator().next();
        }
    }

    private static JavaCompiler requireCompiler() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw RetortException.badInput("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run Retort on a JDK, or give compiled classes instead of sources");
        }
        return compiler;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(diagnostic -> (diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()) + ":"
                        + diagnostic.getLineNumber() + ": ") + "does not compile: " + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                .orElse("compilation failed");
    }

    /** A folder's modification time records when it was last used, for {@link #prune}. */
    private static void markUsed(Path folder) {
        try {
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache still serves; its folders just look older than they are
        }
    }

    /**
     * Deletes the folders under {@code parent} (but the units folder) that are neither among the
     * {@code kept} most recently used nor used within {@code unused}: the cache stays small, and a
     * folder another run is loading from is never taken from under it. A deleted build is compiled
     * again if ever needed.
     */
    private static void prune(Path parent, int kept, Duration unused) {
        Instant cutoff = Instant.now().minus(unused);
        Map<Path, Instant> lastUse = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(entry -> !entry.getFileName().toString().equals(UNITS)).forEach(entry -> lastUse.put(entry, lastUsed(entry)));
        } catch (IOException e) {
            return;
        }
        List<Path> byLastUse = lastUse.keySet().stream().sorted(Comparator.comparing(lastUse::get).reversed()).toList();
        for (Path entry : byLastUse.subList(Math.min(kept, byLastUse.size()), byLastUse.size())) {
            if (lastUse.get(entry).isBefore(cutoff)) {
                try {
                    deleteTree(entry);
                } catch (IOException e) {
                    // another run pruning too, or a file in use: tidying is best effort
                }
            }
        }
    }

    private static Instant lastUsed(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException e) {
            return Instant.now(); // gone or unreadable: not ours to delete
        }
    }

    /** Another process may have compiled the same sources meanwhile: then its folder (identical) stays. */
    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            deleteTree(temporary);
        }
    }

    private static String hash(List<Path> files, List<Path> classpath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            for (Path entry : classpath) {
                digest.update(entry.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(entry)) {
                    digest.update(Long.toString(Files.getLastModifiedTime(entry).toMillis()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
