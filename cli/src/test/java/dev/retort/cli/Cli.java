package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs {@code retort} in-process, as a user would type it, capturing output and exit code. */
final class Cli {

    record Run(int exitCode, String out, String err) {}

    private Cli() {}

    static Run retort(Path projectDir, String... args) {
        return retort(new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String question) {
                throw new AssertionError("no terminal: nothing may be asked");
            }
        }, projectDir, args);
    }

    static Run retort(Terminal terminal, Path projectDir, String... args) {
        List<String> all = new ArrayList<>(List.of("-C", projectDir.toString()));
        all.addAll(List.of(args));
        CommandLine commandLine = RetortCommand.commandLine(terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code retort} and requires exit 0; its standard output. */
    static String ok(Path projectDir, String... args) {
        Run run = retort(projectDir, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run.out();
    }

    /**
     * A project of the tutorial's entities (copied into {@code entities}) with an empty
     * {@code migrations} folder, on the given database.
     */
    static void tutorialProject(Path projectDir, String url, String user, String password) {
        try {
            Files.createDirectories(projectDir.resolve("migrations"));
            Folders.copyTree(sampleEntities(), projectDir.resolve("entities"));
            Files.writeString(projectDir.resolve("retort.properties"), String.join("\n",
                    "url=" + url, "user=" + user, "password=" + password,
                    "entities.packages=dev.retort.sample.model", "entities.sources=entities",
                    "migrations.dir=migrations", "migrations.package=app.migrations") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tutorial project on an H2 file database in the project folder. */
    static void tutorialProject(Path projectDir) {
        tutorialProject(projectDir, "jdbc:h2:./db", "sa", "");
    }

    /** The revision file an autogen (or revision, merge) printed as {@code Generated FILE}, relative to the project. */
    static String generatedFile(String output) {
        String line = output.lines().filter(l -> l.startsWith("Generated ")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'Generated' line in: " + output));
        return line.substring("Generated ".length());
    }

    /** The id of the revision an autogen printed, from its file name {@code R<id>_<slug>.java}. */
    static String generatedId(String output) {
        String file = Path.of(generatedFile(output)).getFileName().toString();
        return file.substring(1, file.indexOf('_'));
    }

    /** The sample app's entity sources: the tutorial's model. */
    static Path sampleEntities() {
        return Path.of("..", "sample-app", "src", "main", "java", "dev", "retort", "sample", "model").toAbsolutePath().normalize();
    }

    static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
