package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "history",
        description = "List the revisions, newest first (reads the revision files; no database needed).",
        footer = {"", "Example:", "  retort history"})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Override
    public Integer call() {
        RevisionGraph graph = retort.retort().revisions();
        List<RevisionInfo> revisions = graph.all();
        List<String> heads = graph.heads();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            RevisionInfo revision = revisions.get(i);
            String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
            retort.out().println(parents + " -> " + revision.id() + (heads.contains(revision.id()) ? " (head)" : "") + ", "
                    + revision.message());
        }
        return 0;
    }
}
