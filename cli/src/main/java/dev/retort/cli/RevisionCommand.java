package dev.retort.cli;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "revision",
        description = "Write an empty revision after the current heads, for hand-written operations and data migrations.",
        footer = {"", "Example:", "  retort revision -m \"backfill phone numbers\""})
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does; also names its file.")
    String message;

    @Override
    public Integer call() {
        if (message.isBlank()) {
            throw RetortException.badInput("-m needs a message saying what the revision does");
        }
        Path file = retort.retort().revision(message.strip());
        retort.out().println("Generated " + retort.display(file));
        return 0;
    }
}
