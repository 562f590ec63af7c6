package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose standard output and error go together into a file: with no pipe to fill,
 * the child never stalls on its output and a timeout always fires.
 */
record Child(Process process, Path output) {

    /** How a child ended and what it printed. */
    record Finished(int exitCode, String output) {}

    static Child start(ProcessBuilder builder) throws IOException {
        Path output = Files.createTempFile("retort-child", ".txt");
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Child(process, output);
    }

    /**
     * Starts {@code command} as a process that Ctrl-C (SIGINT) reaches, as it does a command typed at
     * a terminal: a process started in the background inherits SIGINT ignored, and the JVM then
     * never sees it, so Perl (part of every Debian system) restores the default before it execs.
     */
    static Child interruptible(String... command) throws IOException {
        List<String> wrapped = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"cannot run $ARGV[0]\""));
        wrapped.addAll(List.of(command));
        return start(new ProcessBuilder(wrapped));
    }

    /** Sends SIGINT, as Ctrl-C does. */
    void interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
    }

    /** Waits for the end; a child still running after {@code timeout} is killed and the test fails with what it printed. */
    Finished await(Duration timeout) throws IOException, InterruptedException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("still running after " + timeout.toSeconds() + " s, killed; it printed:\n" + printed());
            }
            return new Finished(process.exitValue(), printed());
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String printed() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
