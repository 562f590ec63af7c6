package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour at a terminal only: never in a pipe (every other test), never with NO_COLOR or --no-color. */
class ColourTest {

    private static final String ESCAPE = "\u001B[";

    @TempDir
    Path project;

    /** A terminal, with or without NO_COLOR set. */
    private static Terminal terminal(boolean noColorSet) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public boolean colours(boolean errors) {
                return !noColorSet;
            }

            @Override
            public String ask(String question) {
                return "";
            }
        };
    }

    @Test
    void appliedRevisionsAreGreenAndErrorsRedAtATerminal() {
        Cli.tutorialProject(project);
        Cli.ok(project, "autogen", "-m", "initial");

        Cli.Run upgrade = Cli.retort(terminal(false), project, "upgrade", "head");
        assertThat(upgrade.out()).contains("\u001B[32mRunning upgrade base -> ");
        Cli.Run error = Cli.retort(terminal(false), project, "downgrade", "nope");
        assertThat(error.err()).startsWith("\u001B[31mretort: ");
    }

    @Test
    void noColorAndTheOptionTurnItOff() {
        Cli.tutorialProject(project);
        Cli.ok(project, "autogen", "-m", "initial");

        assertThat(Cli.retort(terminal(true), project, "upgrade", "head").out()).contains("Running upgrade").doesNotContain(ESCAPE);
        assertThat(Cli.retort(terminal(false), project, "downgrade", "base", "--no-color").out()).contains("Running downgrade")
                .doesNotContain(ESCAPE);
        assertThat(Cli.ok(project, "upgrade", "head")).as("no terminal").contains("Running upgrade").doesNotContain(ESCAPE);
    }
}
