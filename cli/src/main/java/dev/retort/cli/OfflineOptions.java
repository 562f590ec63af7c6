package dev.retort.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --sql [-o FILE]} of upgrade and downgrade: the run written as a script instead of applied.
 * A group, so {@code -o} without {@code --sql} is a usage error rather than silently ignored.
 */
final class OfflineOptions {

    @Option(names = "--sql", required = true, description = "Write the SQL instead of running it (offline; nothing connects).")
    boolean sql;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --sql, write the script to FILE instead of printing it.")
    Path output;

    /** The script to standard output, or whole into the file. */
    void emit(RetortCommand retort, String script) {
        if (output == null) {
            retort.out().print(script);
            retort.out().flush();
        } else {
            Path file = retort.projectDir().resolve(output);
            Output.write(file, script);
            retort.out().println("Wrote " + retort.display(file));
        }
    }
}
