package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "history",
        description = "List the revisions, newest first (reads the revision files; no database needed).",
        footer = {"", "Examples:", "  retort history", "  retort history -r base:head --verbose"})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "FROM:TO", description = "Only revisions after FROM up to TO, e.g. ab12:head.")
    String range;

    @Option(names = "--json", description = "Print the result as one line of JSON (fields in docs/commands.md).")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Also show each revision's date, file and operations.")
    boolean verbose;

    @Override
    public Integer call() {
        Retort engine = retort.retort(json);
        RevisionGraph graph = engine.revisions();
        List<RevisionInfo> revisions = range == null ? graph.all() : inRange(graph);
        List<String> heads = graph.heads();
        Set<String> current = engine.headsIfReachable();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = revisions.size() - 1; i >= 0; i--) {
                RevisionInfo revision = revisions.get(i);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", revision.id());
                row.put("parents", revision.parents());
                row.put("message", revision.message());
                row.put("created", revision.created());
                row.put("head", heads.contains(revision.id()));
                row.put("current", current.contains(revision.id()));
                rows.add(row);
            }
            retort.out().println(Json.of(Map.of("revisions", rows)));
            return 0;
        }
        if (revisions.isEmpty()) {
            retort.out().println(graph.all().isEmpty() ? RetortCommand.NO_REVISIONS : "No revisions in " + range + ".");
        }
        for (int i = revisions.size() - 1; i >= 0; i--) {
            RevisionInfo revision = revisions.get(i);
            retort.out().println(graph.historyLine(revision, current));
            if (verbose) {
                retort.out().println("    created " + revision.created() + ", " + revision.origin());
                revision.upgradeOperations().forEach(op -> retort.out().println("    " + op.describe()));
            }
        }
        return 0;
    }

    private List<RevisionInfo> inRange(RevisionGraph graph) {
        String[] ends = range.split(":", -1);
        if (ends.length != 2) {
            throw RetortException.badInput("malformed range '" + range + "' (expected FROM:TO, e.g. base:head)");
        }
        Set<String> from = graph.ancestors(graph.resolve(ends[0].isBlank() ? "base" : ends[0], Set.of()));
        Set<String> to = graph.ancestors(graph.resolve(ends[1].isBlank() ? "heads" : ends[1], Set.of()));
        return graph.all().stream().filter(revision -> to.contains(revision.id()) && !from.contains(revision.id())).toList();
    }
}
