package dev.retort.cli;

import dev.retort.autogen.Autogen;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "revision",
        description = "Write an empty revision after the head, for hand-written operations and data migrations.",
        footer = {"", "Examples:", "  retort revision -m \"backfill phone numbers\"",
            "  retort revision -m \"fix on the release branch\" --head 3f2a   (where there are several heads)"})
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Mixin
    MessageOption message;

    @Option(names = "--head", paramLabel = "REV", description = "The revision it follows, where there are several heads.")
    String head;

    @Override
    public Integer call() {
        Path file = Autogen.of(retort.retort()).revision(message.value(), head);
        retort.generated(file);
        return 0;
    }
}
