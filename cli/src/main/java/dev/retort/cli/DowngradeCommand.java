package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.runner.Runner;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "downgrade",
        description = "Revert revisions down to TARGET, or with --sql write them as a SQL script without connecting.",
        footer = {"", "TARGET: base, -N (N steps down), a revision id or unique prefix, REV-N. With --sql: FROM:TO.", "",
            "Examples:", "  retort downgrade -1", "  retort downgrade base", "  retort downgrade --sql head:base -o downgrade.sql"})
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(paramLabel = "TARGET", description = "Where to go, e.g. -1 or base (with --sql, FROM:TO).")
    String target;

    @ArgGroup(exclusive = false)
    OfflineOptions offline;

    @Override
    public Integer call() {
        Retort engine = retort.retort();
        if (offline != null) {
            offline.emit(retort, engine.downgradeSql(target));
            return 0;
        }
        Runner.Result result = engine.downgrade(target);
        Results.print(retort.out(), result);
        return 0;
    }
}
