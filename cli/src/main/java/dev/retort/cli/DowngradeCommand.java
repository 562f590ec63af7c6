package dev.retort.cli;

import dev.retort.runner.Runner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "downgrade",
        description = "Revert revisions down to TARGET.",
        footer = {"", "TARGET: base, -N (N steps down), a revision id or unique prefix, REV-N.", "", "Examples:",
            "  retort downgrade -1", "  retort downgrade base"})
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(paramLabel = "TARGET", description = "Where to go, e.g. -1 or base.")
    String target;

    @Override
    public Integer call() {
        Runner.Result result = retort.retort().downgrade(target);
        Results.print(retort.out(), result);
        return 0;
    }
}
