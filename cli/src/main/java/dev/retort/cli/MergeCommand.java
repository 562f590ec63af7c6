package dev.retort.cli;

import dev.retort.autogen.Autogen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "merge",
        description = "Write a revision with no operations that joins branches into one head.",
        footer = {"", "Example:", "  retort merge -m \"merge feature branches\" heads"})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Mixin
    MessageOption message;

    @Parameters(paramLabel = "REV", arity = "0..*", description = "Revisions to merge (default: every head).")
    List<String> revisions = new ArrayList<>();

    @Override
    public Integer call() {
        Path file = Autogen.of(retort.retort()).merge(message.value(), revisions);
        retort.generated(file);
        return 0;
    }
}
