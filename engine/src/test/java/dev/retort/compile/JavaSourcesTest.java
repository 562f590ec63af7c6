package dev.retort.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourcesTest {

    @TempDir
    Path work;

    @Test
    void aNewBuildPrunesOldUnusedOnesButKeepsTheLatestAndTheRecentlyUsed() throws IOException {
        Path cache = work.resolve("cache");
        List<Path> old = new ArrayList<>();
        for (int day = 2; day < 14; day++) { // twelve builds, last used 2 to 13 days ago
            old.add(build(cache.resolve("entities/old" + day), Duration.ofDays(day)));
        }
        Path recent = build(cache.resolve("entities/recent"), Duration.ofHours(3));
        Path otherPurpose = build(cache.resolve("revisions/old"), Duration.ofDays(40));

        Path compiled = new JavaSources(cache).compile("entities", List.of(source("A", "class A {}")), List.of());

        assertThat(compiled.resolve("p/A.class")).exists();
        assertThat(children(cache.resolve("entities")))
                .as("the new build, one used within a day, and the six most recently used old ones: eight")
                .containsExactlyInAnyOrder(Stream.concat(Stream.of(compiled, recent), old.subList(0, 6).stream()).toArray(Path[]::new));
        assertThat(otherPurpose).as("another purpose is pruned by its own builds").exists();
    }

    @Test
    void revisionUnitsStayUntilUnusedForAMonthAndAPrunedBuildIsCompiledAgain() throws IOException {
        Path cache = work.resolve("cache");
        Path stale = build(cache.resolve("revisions/units/stale"), Duration.ofDays(31));
        Path month = build(cache.resolve("revisions/units/month"), Duration.ofDays(29));
        JavaSources sources = new JavaSources(cache);
        List<Path> files = List.of(source("R1", "class R1 {}"), source("R2", "class R2 {}"));

        Path first = sources.compileEach("revisions", List.of(work.resolve("src")), files, List.of(), List.of());
        assertThat(stale).doesNotExist();
        assertThat(month).exists();

        deleteTree(first);
        Path again = sources.compileEach("revisions", List.of(work.resolve("src")), files, List.of(), List.of());
        assertThat(again).isEqualTo(first);
        assertThat(again.resolve("p/R1.class")).exists();
        assertThat(again.resolve("p/R2.class")).exists();
    }

    private Path source(String name, String body) throws IOException {
        Path file = work.resolve("src/p/" + name + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "package p;\n" + body + "\n");
    }

    private static Path build(Path folder, Duration lastUsedAgo) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("X.class"), "not really");
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(lastUsedAgo)));
        return folder;
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A cache folder Retort cannot write (RETORT_CACHE_DIR naming a file) is one line to fix, not an unexpected error. */
    @Test
    void aCacheThatCannotBeWrittenIsBadInputNamingIt() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("cache-file"), "not a folder");
        Path source = Files.createDirectories(work.resolve("src/app")).resolve("A.java");
        Files.writeString(source, "package app; public class A {}");

        RetortException thrown = catchThrowableOfType(RetortException.class,
                () -> new JavaSources(notAFolder).compile("entities", List.of(source), List.of()));

        assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
        assertThat(thrown).hasMessageContaining(notAFolder.toString()).hasMessageContaining("RETORT_CACHE_DIR");
    }
}
