package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.compile.JavaSources;
import dev.retort.dialect.DatabaseKind;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * What the launchers run once per Java and Retort version, with
 * {@code -XX:ArchiveClassesAtExit}: every step a user runs (autogenerate with Hibernate, compile
 * and apply a revision, check, render each database's SQL) on a scratch in-memory database, so the
 * class archive it leaves holds the classes later runs load, whatever command comes first.
 */
@Command(name = "warm-up", hidden = true, description = "Run each step once on a scratch database (for the launchers' class archive).")
final class WarmUpCommand implements Callable<Integer> {

    /** The scratch model: one table. */
    @Entity
    @Table(name = "warm_up")
    public static class Sample {
        @Id
        public Long id;
        public String name;
    }

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("retort-warm-up");
        try {
            Retort retort = Retort.configure().url("jdbc:h2:mem:retort-warm-up;DB_CLOSE_DELAY=-1").user("sa").entities(Sample.class)
                    .migrationsDir(scratch.resolve("migrations")).migrationsPackage("warmup")
                    .environment(Map.of("RETORT_CACHE_DIR", scratch.resolve("cache").toString())).load();
            Files.createDirectories(scratch.resolve("migrations"));
            Autogen.of(retort).autogen("warm up");
            retort.upgrade("head");
            Autogen.of(retort).check();
            for (DatabaseKind kind : DatabaseKind.values()) {
                Retort.configure().dialect(kind.configName()).migrationsDir(scratch.resolve("migrations")).migrationsPackage("warmup")
                        .environment(Map.of("RETORT_CACHE_DIR", scratch.resolve("cache").toString())).load().upgradeSql("head");
            }
            return 0;
        } finally {
            JavaSources.deleteTree(scratch);
        }
    }
}
