package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renames through the command line: asked on a terminal, warned about elsewhere, applied when named. */
class RenameCliTest {

    @TempDir
    Path project;

    @BeforeEach
    void tutorialAtHeadThenJobTitleRenamed() throws IOException {
        Cli.tutorialProject(project);
        Cli.ok(project, "autogen", "-m", "initial");
        Cli.ok(project, "upgrade", "head");
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("@Column(name = \"job_title\"", "@Column(name = \"position\""));
    }

    @Test
    void withoutATerminalAGuessIsOnlyAWarning() throws IOException {
        Cli.Run run = Cli.retort(project, "autogen", "-m", "position");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Detected add column employee.position", "Detected drop column employee.job_title",
                "WARNING: possible rename employee.job_title=position");
        assertThat(Files.readString(generated(run))).contains("POSSIBLE RENAME");
    }

    @Test
    void onATerminalTheUserConfirms() {
        List<String> asked = new ArrayList<>();
        Terminal yes = new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String question) {
                asked.add(question);
                return "y";
            }
        };

        Cli.Run run = Cli.retort(yes, project, "autogen", "-m", "position");

        assertThat(asked).singleElement().asString().contains("employee.job_title=position");
        assertThat(run.out()).startsWith("Detected rename column employee.job_title to position\n").doesNotContain("WARNING");
    }

    @Test
    void aRenameFlagNeedsNoQuestion() {
        Cli.Run run = Cli.retort(project, "autogen", "-m", "position", "--rename", "employee.job_title=position");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Detected rename column employee.job_title to position\n");
    }

    @Test
    void aMalformedRenameIsBadInput() {
        Cli.Run run = Cli.retort(project, "autogen", "-m", "position", "--rename", "employee.job_title");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("retort: malformed rename 'employee.job_title'");
    }

    private Path generated(Cli.Run run) {
        return project.resolve(Cli.generatedFile(run.out()));
    }
}
