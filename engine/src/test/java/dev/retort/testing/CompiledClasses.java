package dev.retort.testing;

import dev.retort.compile.ClassPaths;
import dev.retort.compile.JavaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Java sources compiled into a folder of classes of their own, as a build's output folder or a dependency's jar would be. */
public final class CompiledClasses {

    private CompiledClasses() {}

    /**
     * Compiles {@code pathsAndSources} (a relative file path, then its text, and so on) against
     * {@code classpath} plus Jakarta Persistence, into {@code work/<name>-classes}.
     */
    public static Path compile(Path work, String name, List<Path> classpath, String... pathsAndSources) throws IOException {
        Path sources = work.resolve(name + "-src");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            Path file = sources.resolve(pathsAndSources[i]);
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, pathsAndSources[i + 1]));
        }
        List<Path> all = new ArrayList<>(classpath);
        all.addAll(ClassPaths.of(jakarta.persistence.Entity.class));
        Path compiled = new JavaSources(work.resolve(name + "-cache")).compile(name, files, all);
        Path copy = work.resolve(name + "-classes"); // out of the compile cache
        Folders.copyTree(compiled, copy);
        return copy;
    }
}
