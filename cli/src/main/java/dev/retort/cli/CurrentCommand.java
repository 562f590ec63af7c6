package dev.retort.cli;

import dev.retort.Retort;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "current",
        description = "Show the revision the database is at.",
        footer = {"", "Example:", "  retort current"})
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Override
    public Integer call() {
        Retort.Status status = retort.retort().current();
        if (status.heads().isEmpty()) {
            retort.out().println("base" + (status.fileHeads().isEmpty() ? " (head)" : ""));
        }
        for (String head : status.heads()) {
            retort.out().println(head + (status.fileHeads().contains(head) ? " (head)" : ""));
        }
        return 0;
    }
}
