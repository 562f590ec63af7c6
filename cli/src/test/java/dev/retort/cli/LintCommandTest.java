package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint as a user meets it: on every autogen, in the file, and {@code retort lint --strict} in CI until acknowledged. */
class LintCommandTest {

    @TempDir
    Path project;

    @Test
    void droppingAColumnIsAnErrorUntilTheRevisionAcknowledgesIt() throws Exception {
        Cli.tutorialProject(project);
        assertThat(Cli.ok(project, "autogen", "-m", "initial")).as("new tables break nothing").doesNotContain("Lint");
        Cli.ok(project, "upgrade", "head");
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("    @Column(length = 10)\n    private String gender;\n\n", ""));

        String autogen = Cli.ok(project, "autogen", "-m", "remove gender");

        assertThat(autogen).contains("Lint RT102 error: drop column employee.gender: drops the column and its data. Instead: ",
                "Lint: 1 finding(s), 1 error(s) not acknowledged (docs/lint.md).");
        Path revision = project.resolve(Cli.generatedFile(autogen));
        assertThat(Files.readString(revision)).contains("LINT RT102 error: drop column employee.gender", "annotate this class with Acknowledged, its code RT102");
        assertThat(Cli.retort(project, "lint").exitCode()).isZero();
        Cli.Run strict = Cli.retort(project, "lint", "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).startsWith("Lint of ").contains("Lint RT102 error: drop column employee.gender");

        Files.writeString(revision, Files.readString(revision).replaceFirst("(?m)^@Revision",
                "@dev.retort.revision.Acknowledged(value = \"RT102\", reason = \"no release reads gender\")\n@Revision"));

        Cli.Run acknowledged = Cli.retort(project, "lint", "--strict");
        assertThat(acknowledged.exitCode()).as(acknowledged.err()).isZero();
        assertThat(acknowledged.out()).contains("Acknowledged: no release reads gender", "0 error(s) not acknowledged");
    }
}
