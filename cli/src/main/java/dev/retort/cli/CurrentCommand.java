package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.Tenants;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "current",
        description = "Show the revision the database is at.",
        footer = {"", "Example:", "  retort current --verbose"})
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Option(names = {"-v", "--verbose"}, description = "Also show each revision's message, date and file.")
    boolean verbose;

    @Option(names = "--json", description = "Print the result as one line of JSON (fields in docs/commands.md).")
    boolean json;

    @Option(names = "--check-head", description = "Exit 1 when the database is not at the head of the revision files (revisions to apply).")
    boolean checkHead;

    @Option(names = "--tenants", paramLabel = "FILE", description = "Where every tenant the file lists is (as upgrade --tenants reads it).")
    Path tenants;

    @Option(names = "--all-tenants", description = "The same for the tenants retort.properties names (tenants, tenants.query).")
    boolean allTenants;

    @Override
    public Integer call() {
        Retort engine = retort.retort(json);
        if (tenants != null || allTenants) {
            if (json || verbose) {
                throw RetortException.badInput("--tenants prints one row a tenant; --json and --verbose are for one database");
            }
            List<Tenants.Outcome> outcomes = TenantTable.tenants(engine, tenants).current(4);
            TenantTable.print(retort, outcomes, false);
            List<String> fileHeads = engine.revisions().heads();
            List<String> behind = outcomes.stream().filter(outcome -> !Set.copyOf(fileHeads).equals(outcome.after()))
                    .map(outcome -> outcome.tenant().name()).toList();
            if (checkHead && !behind.isEmpty()) {
                throw RetortException.failed(behind.size() + " of " + outcomes.size() + " tenants are not at the head of the revision files ("
                        + RevisionGraph.describe(fileHeads) + "): " + String.join(", ", behind) + "; 'retort upgrade "
                        + (fileHeads.size() > 1 ? "heads" : "head") + " --tenants' applies the rest", null);
            }
            return 0;
        }
        Retort.Status status = engine.current();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("heads", List.copyOf(status.heads()));
            fields.put("fileHeads", status.fileHeads());
            fields.put("atHead", status.atHead());
            fields.put("changed", status.changed());
            retort.out().println(Json.of(fields));
        } else {
            print(engine, status);
        }
        if (checkHead && !status.atHead()) {
            throw RetortException.failed("the database is at " + RevisionGraph.describe(status.heads()) + ", the revision files end at "
                    + RevisionGraph.describe(Set.copyOf(status.fileHeads())) + ": 'retort upgrade " + (status.fileHeads().size() > 1 ? "heads" : "head")
                    + "' applies the rest", null);
        }
        return 0;
    }

    private void print(Retort engine, Retort.Status status) {
        if (status.heads().isEmpty()) {
            retort.out().println("base" + (status.fileHeads().isEmpty() ? " (head)" : ""));
        }
        RevisionGraph graph = verbose ? engine.revisions() : null;
        for (String head : status.heads()) {
            retort.out().println(head + (status.fileHeads().contains(head) ? " (head)" : ""));
            if (verbose && graph.contains(head)) {
                RevisionInfo info = graph.get(head);
                retort.out().println("    " + info.message() + ", created " + info.created() + ", " + info.origin());
            }
        }
        status.changed().forEach(change -> retort.out().println(retort.style().warning("WARNING: " + change)));
    }
}
