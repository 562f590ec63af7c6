package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "stamp",
        description = "Record TARGET as the database's revision without running anything.",
        footer = {"", "For a database brought to a revision by other means (a restored dump, a schema Hibernate created).", "",
            "Examples:", "  retort stamp head", "  retort stamp --purge base"})
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(paramLabel = "TARGET", description = "The revision to record, e.g. head.")
    String target;

    @Option(names = "--purge", description = "Forget what was recorded first, even a revision no file defines.")
    boolean purge;

    @Override
    public Integer call() {
        Set<String> heads = retort.retort().stamp(target, purge);
        retort.out().println("Stamped: the database is recorded at " + RevisionGraph.describe(heads) + ".");
        return 0;
    }
}
