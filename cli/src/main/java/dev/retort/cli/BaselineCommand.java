package dev.retort.cli;

import dev.retort.autogen.Autogen;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "baseline",
        description = "Adopt a database Retort has never migrated: write the first revision, creating its tables as they are,"
                + " and record the database as at it.",
        footer = {"", "Example:", "  retort baseline -m \"baseline\"", "", "See docs/adopting.md."})
final class BaselineCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Mixin
    MessageOption message;

    @Override
    public Integer call() {
        Path file = Autogen.of(retort.retort()).baseline(message.value());
        retort.generated(file);
        retort.out().println("The database is recorded at it; 'retort upgrade head' builds the same schema on an empty database.");
        return 0;
    }
}
