package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autogen.Autogen;
import dev.retort.ops.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "check",
        description = "Exit 1 and list the differences when the entities and the database differ (for CI); 0 when they match; 3 when the database cannot be reached.",
        footer = {"", "Example:", "  retort check"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Option(names = "--json", description = "Print the result as one line of JSON (fields in docs/commands.md).")
    boolean json;

    @Option(names = "--strict", description = "Also fail when an applied revision's file changed since it ran.")
    boolean strict;

    @Override
    public Integer call() {
        Autogen.CheckResult result = Autogen.of(retort.retort(json)).check();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("drift", result.drift());
            fields.put("differences", result.plan().operations().stream().map(Operation::describe).toList());
            fields.put("notes", result.plan().notes());
            fields.put("changed", result.changed());
            retort.out().println(Json.of(fields));
            return result.drift() || (strict && !result.changed().isEmpty()) ? RetortCommand.FAILED : 0;
        }
        result.plan().notes().forEach(note -> retort.out().println("Note: " + note));
        if (result.drift()) {
            retort.out().println("The database differs from the entities:");
            for (Operation operation : result.plan().operations()) {
                retort.out().println("  " + operation.describe());
            }
            return RetortCommand.FAILED;
        }
        if (strict && !result.changed().isEmpty()) {
            throw RetortException.failed("the database matches the entities, but " + result.changed().size()
                    + " applied revision file(s) changed since they ran (--strict); once the change is reviewed, 'retort repair' records"
                    + " the files as they are now", null);
        }
        retort.out().println("The database matches the entities.");
        return 0;
    }
}
