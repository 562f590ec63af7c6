package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "branches",
        description = "List the revisions where history branches, with the revisions that follow each.",
        footer = {"", "Example:", "  retort branches"})
final class BranchesCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Override
    public Integer call() {
        RevisionGraph graph = retort.retort().revisions();
        if (graph.branchPoints().isEmpty()) {
            retort.out().println(graph.all().isEmpty() ? RetortCommand.NO_REVISIONS : "No branches: history is a single line.");
        }
        for (String point : graph.branchPoints()) {
            retort.out().println(point + " (branchpoint), " + graph.get(point).message());
            graph.children(point).forEach(child -> retort.out().println("    -> " + child + ", " + graph.get(child).message()));
        }
        return 0;
    }
}
