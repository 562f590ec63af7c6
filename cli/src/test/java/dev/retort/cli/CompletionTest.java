package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, sourced in a real bash, completes commands and a command's options. */
class CompletionTest {

    @TempDir
    Path work;

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        Cli.Run run = Cli.retort(work, "generate-completion");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path script = work.resolve("retort-completion.bash");
        Files.writeString(script, run.out());

        assertThat(complete(script, "retort", "up")).contains("upgrade");
        assertThat(complete(script, "retort", "upgrade", "--st")).contains("--strict");
    }

    /** What bash offers for the last word, as pressing Tab after {@code words} would. */
    private static String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String bash = "source '" + script + "'; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_retort; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Child.Finished finished = Child.start(new ProcessBuilder("bash", "-c", bash)).await(Duration.ofSeconds(30));
        assertThat(finished.exitCode()).as(finished.output()).isZero();
        return finished.output();
    }
}
