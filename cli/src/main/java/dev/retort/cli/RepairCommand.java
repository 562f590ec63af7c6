package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "repair",
        description = "Record applied revisions as their files are now, and forget a revision that stopped part-way.",
        footer = {"", "After an applied revision's file was changed on purpose (warnings stop, --strict passes again), or after",
            "undoing by hand what a revision that stopped part-way committed (a plain upgrade then runs it from its start).",
            "Each repair is a row of retort_history.", "",
            "Example:", "  retort repair"})
final class RepairCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Override
    public Integer call() {
        List<String> repaired = retort.retort().repair();
        repaired.forEach(retort.out()::println);
        retort.out().println(repaired.isEmpty() ? "Nothing to repair: every applied revision matches its file."
                : "Recorded " + repaired.size() + " repair(s) in retort_history.");
        return 0;
    }
}
