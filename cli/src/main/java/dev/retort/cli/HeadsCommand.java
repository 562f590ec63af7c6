package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "heads",
        description = "List the revisions no other revision follows (reads the files; no database needed).",
        footer = {"", "Example:", "  retort heads"})
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Override
    public Integer call() {
        RevisionGraph graph = retort.retort().revisions();
        if (graph.heads().isEmpty()) {
            retort.out().println(RetortCommand.NO_REVISIONS);
        }
        graph.heads().forEach(head -> retort.out().println(head + " (head), " + graph.get(head).message()));
        return 0;
    }
}
