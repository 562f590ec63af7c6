package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar through the real launcher, as a user runs it: a separate JVM, real exit codes. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "retort").toAbsolutePath().normalize();

    @TempDir
    Path project;

    private record Result(int exitCode, String out, String err) {}

    private static Result run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        // both streams to files: draining one pipe while the other fills would hang, and the timeout could never fire
        Path out = Files.createTempFile("retort-out", ".txt");
        Path err = Files.createTempFile("retort-err", ".txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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

    @Test
    void badUsageExitsWithTwo() throws Exception {
        Result result = run(project, "upgrade");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("retort: Missing required parameter: 'TARGET' (see 'retort upgrade --help')\n");
    }
}
