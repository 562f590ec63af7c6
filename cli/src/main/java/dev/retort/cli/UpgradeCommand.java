package dev.retort.cli;

import dev.retort.runner.Runner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "upgrade",
        description = "Apply revisions up to TARGET.",
        footer = {"", "TARGET: head, a revision id or unique prefix, +N (N steps up), REV+N.", "", "Example:", "  retort upgrade head"})
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(paramLabel = "TARGET", description = "Where to go, e.g. head.")
    String target;

    @Override
    public Integer call() {
        Runner.Result result = retort.retort().upgrade(target);
        Results.print(retort.out(), result);
        return 0;
    }
}
