package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files tests lay out: trees copied, and entity sources written as a user edits them. */
public final class Folders {

    private Folders() {}

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the entity sources of package {@code packageName} under {@code root} with
     * {@code classes} (each a class body that imports {@code jakarta.persistence.*}), as a user
     * editing the model would leave them.
     */
    public static void writeEntities(Path root, String packageName, String... classes) throws IOException {
        Path folder = root.resolve(packageName.replace('.', '/'));
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
        for (String body : classes) {
            String name = body.replaceFirst("(?s).*public class (\\w+).*", "$1");
            Files.writeString(folder.resolve(name + ".java"), "package " + packageName + ";\nimport jakarta.persistence.*;\n" + body + "\n");
        }
    }
}
