package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.ops.Operation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "autogen",
        description = "Compare the entities with the database and write a revision that makes them match.",
        footer = {"", "Example:", "  retort autogen -m \"remove gender\""})
final class AutogenCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does; also names its file.")
    String message;

    @Override
    public Integer call() {
        if (message.isBlank()) {
            throw RetortException.badInput("-m needs a message saying what the revision does");
        }
        Retort.AutogenResult result = retort.retort().autogen(message.strip());
        PrintWriter out = retort.out();
        if (result.file() == null) {
            out.println("No changes detected; no revision written.");
            return 0;
        }
        for (Operation operation : result.plan().operations()) {
            out.println("Detected " + operation.describe());
        }
        for (String warning : result.plan().warnings()) {
            out.println("WARNING: " + warning);
        }
        out.println("Generated " + retort.display(result.file()));
        return 0;
    }
}
