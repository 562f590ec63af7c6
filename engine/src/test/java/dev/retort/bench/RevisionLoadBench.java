package dev.retort.bench;

import dev.retort.codegen.RevisionWriter;
import dev.retort.compile.JavaSources;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Name;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How long loading a migrations folder takes as it grows: the first load of N revisions, a load
 * after one more revision is added (what every command after an autogen pays), and a load of an
 * unchanged folder. Run by bench/revision-load.sh; prints one line per size.
 */
public final class RevisionLoadBench {

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {50, 150, 300} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        warmUp();
        System.out.println("revisions | first load ms | after adding one ms | unchanged ms");
        for (int size : sizes) {
            Path work = Files.createTempDirectory("retort-bench");
            Path folder = Files.createDirectories(work.resolve("migrations"));
            RevisionLoader loader = new RevisionLoader(new JavaSources(work.resolve("cache")));
            for (int i = 0; i < size; i++) {
                write(folder, i);
            }
            long first = timed(() -> loader.fromSources(folder), size);
            write(folder, size);
            long afterOne = timed(() -> loader.fromSources(folder), size + 1);
            long unchanged = timed(() -> loader.fromSources(folder), size + 1);
            System.out.printf("%9d | %12d | %19d | %12d%n", size, first, afterOne, unchanged);
        }
    }

    private static void warmUp() throws IOException {
        Path work = Files.createTempDirectory("retort-bench-warmup");
        Path folder = Files.createDirectories(work.resolve("migrations"));
        for (int i = 0; i < 20; i++) {
            write(folder, i);
            new RevisionLoader(new JavaSources(work.resolve("cache"))).fromSources(folder);
        }
    }

    private static long timed(java.util.function.Supplier<RevisionGraph> load, int expected) {
        long start = System.nanoTime();
        int loaded = load.get().all().size();
        if (loaded != expected) {
            throw new IllegalStateException("loaded " + loaded + " revisions, expected " + expected);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void write(Path folder, int index) {
        Column column = Column.of("c" + index, ColumnType.varchar(40));
        Name table = Name.of("t");
        RevisionWriter.Spec spec = new RevisionWriter.Spec(String.format("%012x", index + 1),
                index == 0 ? List.of() : List.of(String.format("%012x", index)), "revision " + index, "2026-11-25T00:00:00Z",
                List.of(), List.of(new AddColumn(table, column)), List.of(new DropColumn(table, column)), List.of());
        new RevisionWriter().write(folder, "revisions", spec);
    }
}
