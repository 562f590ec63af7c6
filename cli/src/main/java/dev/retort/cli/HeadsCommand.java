package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "heads",
        description = "List the revisions no other revision follows (reads the files; no database needed).",
        footer = {"", "Example:", "  retort heads"})
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Option(names = "--json", description = "Print the result as one line of JSON (fields in docs/commands.md).")
    boolean json;

    @Override
    public Integer call() {
        RevisionGraph graph = retort.retort(json).revisions();
        if (json) {
            List<Map<String, Object>> heads = new ArrayList<>();
            for (String head : graph.heads()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", head);
                row.put("message", graph.get(head).message());
                heads.add(row);
            }
            retort.out().println(Json.of(Map.of("heads", heads)));
            return 0;
        }
        if (graph.heads().isEmpty()) {
            retort.out().println(RetortCommand.NO_REVISIONS);
        }
        graph.heads().forEach(head -> retort.out().println(head + " (head), " + graph.get(head).message()));
        return 0;
    }
}
