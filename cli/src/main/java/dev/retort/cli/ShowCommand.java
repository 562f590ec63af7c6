package dev.retort.cli;

import dev.retort.ops.Operation;
import dev.retort.revision.RevisionInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "show",
        description = "Show one revision: identity, parents, file and operations.",
        footer = {"", "Example:", "  retort show head"})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(paramLabel = "REV", description = "A revision id, prefix or target such as head.")
    String revision;

    @Override
    public Integer call() {
        RevisionInfo info = retort.retort().show(revision);
        PrintWriter out = retort.out();
        out.println("Revision: " + info.id());
        out.println("Parents:  " + (info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents())));
        out.println("Message:  " + info.message());
        out.println("Created:  " + info.created());
        out.println("File:     " + info.origin());
        out.println("Upgrade:");
        info.upgradeOperations().forEach(op -> out.println("    " + op.describe()));
        out.println("Downgrade:");
        for (Operation op : info.downgradeOperations()) {
            out.println("    " + op.describe());
        }
        return 0;
    }
}
