package dev.retort.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "revision",
        description = "Write an empty revision after the current heads, for hand-written operations and data migrations.",
        footer = {"", "Example:", "  retort revision -m \"backfill phone numbers\""})
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Mixin
    MessageOption message;

    @Override
    public Integer call() {
        Path file = retort.retort().revision(message.value());
        retort.generated(file);
        return 0;
    }
}
