package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar through the real launcher, as a user runs it: a separate JVM, real exit codes. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "retort").toAbsolutePath().normalize();

    @TempDir
    Path project;

    /** The tests' cache, whose class archive {@link #makeTheClassArchive} makes first, so no other run prints that it does. */
    @TempDir
    static Path cache;

    private record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void makeTheClassArchive() throws Exception {
        Result first = run(cache, Map.of("RETORT_CACHE_DIR", cache.toString()), "--version");
        assertThat(first.exitCode()).isZero();
    }

    private static Result run(Path directory, String... args) throws IOException, InterruptedException {
        return run(directory, Map.of("RETORT_CACHE_DIR", cache.toString()), args);
    }

    private static Result run(Path directory, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        // both streams to files: draining one pipe while the other fills would hang, and the timeout could never fire
        Path out = Files.createTempFile("retort-out", ".txt");
        Path err = Files.createTempFile("retort-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void theWholeLoopRunsFromTheJar() throws Exception {
        Folders.copyTree(Cli.sampleEntities(), project.resolve("entities"));
        assertThat(run(project, "init").exitCode()).isZero();
        Path config = project.resolve("retort.properties");
        Files.writeString(config, Files.readString(config)
                .replace("#entities.packages=", "entities.packages=dev.retort.sample.model")
                .replace("#entities.sources=", "entities.sources=entities"));

        Result autogen = run(project, "autogen", "-m", "initial migration");
        assertThat(autogen.exitCode()).as(autogen.err()).isZero();
        assertThat(autogen.out()).contains("Detected create table employee", "Generated migrations/migrations/R");
        assertThat(autogen.err()).as("Hibernate's boot log stays quiet").isEmpty();

        Result upgrade = run(project, "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(run(project, "autogen", "-m", "again").out()).isEqualTo("No changes detected; no revision written.\n");
        assertThat(run(project, "downgrade", "base").exitCode()).isZero();
    }

    @Test
    void everyBundledJdbcDriverIsRegistered() throws Exception {
        for (String url : List.of("jdbc:postgresql://127.0.0.1:1/none", "jdbc:mariadb://127.0.0.1:1/none", "jdbc:h2:tcp://127.0.0.1:1/none")) {
            Files.writeString(project.resolve("retort.properties"), "url=" + url + "\nmigrations.dir=.\n");
            Result current = run(project, "current");
            assertThat(current.exitCode()).as(url).isEqualTo(1);
            assertThat(current.err()).as(url).startsWith("retort: cannot connect to").doesNotContain("No suitable driver");
        }
    }

    /** A failing revision in a real process: one line on stderr, not also the interruption message (the shutdown hook's). */
    @Test
    void aFailingRevisionSaysSoOnceAndNotThatItWasInterrupted() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("retort.properties"), "url=jdbc:h2:./db\nuser=sa\nmigrations.dir=migrations\n");
        String id = run(project, "revision", "-m", "broken").out().replaceAll("(?s).*/R([0-9a-f]+)_.*", "$1");
        try (var files = Files.list(project.resolve("migrations"))) {
            Path file = files.filter(path -> path.toString().endsWith(".java")).findFirst().orElseThrow();
            Files.writeString(file, Files.readString(file).replaceFirst("// nothing to do", "op.execute(\"drop table no_such_table\");"));
        }

        Result upgrade = run(project, "upgrade", "head");
        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.err().lines()).as(upgrade.err()).hasSize(1);
        assertThat(upgrade.err()).startsWith("retort: upgrade of revision " + id).contains("no_such_table").doesNotContain("interrupted");
    }

    /** The MariaDB driver's own "[ WARN]" console line used to come before Retort's: one line, always. */
    @Test
    void aRefusedLoginIsOneLine() throws Exception {
        Files.writeString(project.resolve("retort.properties"),
                "url=jdbc:mariadb://127.0.0.1:3306/test\nuser=no_such_user_here\npassword=whatever\nmigrations.dir=.\n");
        Result current = run(project, "current");
        assertThat(current.exitCode()).isEqualTo(1);
        assertThat(current.err().lines()).as(current.err()).hasSize(1);
        assertThat(current.err()).startsWith("retort: cannot connect to").contains("Access denied");
    }

    /**
     * The launcher makes a class archive once per jar and Java, saying so, and later runs map it:
     * with -Xshare:on the JVM refuses to start unless it can, and it reports classes loaded from
     * it. RETORT_CDS=off makes none.
     */
    @Test
    void theClassArchiveIsMadeOnceThenUsed(@TempDir Path fresh) throws Exception {
        Map<String, String> environment = Map.of("RETORT_CACHE_DIR", fresh.toString());
        Result first = run(project, environment, "--version");
        assertThat(first.err()).isEqualTo("retort: preparing a class archive for faster start-ups (once per Retort and Java version)\n");
        try (var archives = Files.list(fresh.resolve("cds"))) {
            assertThat(archives.map(path -> path.getFileName().toString()).toList()).singleElement().asString().matches("retort-\\d+\\.jsa");
        }

        Result second = run(project, Map.of("RETORT_CACHE_DIR", fresh.toString(), "RETORT_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info"),
                "--version");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out().lines().filter(line -> line.contains("source: shared objects file (top)"))).hasSizeGreaterThan(100);

        Path off = fresh.resolve("off");
        Result without = run(project, Map.of("RETORT_CACHE_DIR", off.toString(), "RETORT_CDS", "off"), "--version");
        assertThat(without.err()).isEmpty();
        assertThat(off.resolve("cds")).doesNotExist();
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        Result result = run(project, "upgrade");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("retort: Missing required parameter: 'TARGET' (see 'retort upgrade --help')\n");
    }
}
