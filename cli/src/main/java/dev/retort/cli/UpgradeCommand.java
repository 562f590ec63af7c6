package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.runner.Runner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "upgrade",
        description = "Apply revisions up to TARGET, or with --sql write them as a SQL script without connecting.",
        footer = {"", "TARGET: head, heads, a revision id or unique prefix, +N (N steps up), REV+N.",
            "With --sql: [FROM:]TO, FROM defaulting to base.", "", "Examples:", "  retort upgrade head",
            "  retort upgrade --sql base:head -o upgrade.sql",
            "  retort upgrade --resume head   (after a revision stopped part-way and its cause was fixed)",
            "  retort upgrade head --tenants tenants.txt --parallel 8"})
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(paramLabel = "TARGET", description = "Where to go, e.g. head (with --sql, [FROM:]TO).")
    String target;

    @ArgGroup(exclusive = false)
    OfflineOptions offline;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Option(names = "--tenants", paramLabel = "FILE", description = "Upgrade every tenant the file lists, one a line: a schema name on the"
            + " configured server, or a JDBC URL; a table of each at the end, exit 1 naming those that failed.")
    Path tenants;

    @Option(names = "--all-tenants", description = "The same for the tenants retort.properties names (tenants, tenants.query).")
    boolean allTenants;

    @Option(names = "--parallel", paramLabel = "K", defaultValue = "4", description = "With --tenants, how many at a time (default: 4).")
    int parallel;

    static final class Mode {
        @Option(names = "--strict", description = "Refuse to run when an applied revision's file changed since it ran.")
        boolean strict;

        @Option(names = "--resume", description = "First run the rest of the revision that stopped part-way (H2, MariaDB and MySQL"
                + " commit each statement), skipping its statements that ran.")
        boolean resume;
    }

    @Override
    public Integer call() {
        Retort engine = retort.retort();
        if (offline != null) {
            if (mode.resume) {
                throw RetortException.badInput("--resume continues a run against the database; a --sql script has nothing to resume");
            }
            offline.emit(retort, engine.upgradeSql(target));
            return 0;
        }
        if (tenants != null || allTenants) {
            if (mode.resume || mode.strict) {
                throw RetortException.badInput("--tenants upgrades each tenant as a plain upgrade does; run --resume or --strict per tenant");
            }
            return TenantTable.print(retort, TenantTable.tenants(engine, tenants).upgrade(target, parallel), true);
        }
        Runner.Result result = mode.resume ? engine.resume(target) : engine.upgrade(target, mode.strict);
        Results.print(retort.out(), result);
        return 0;
    }
}
