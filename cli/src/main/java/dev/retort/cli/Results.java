package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import dev.retort.runner.Runner;
import java.io.PrintWriter;

/** The closing line of an upgrade or downgrade. */
final class Results {

    private Results() {}

    static void print(PrintWriter out, Runner.Result result) {
        if (result.revisions().isEmpty()) {
            out.println("Nothing to do: the database is at " + RevisionGraph.describe(result.after()) + ".");
        } else {
            out.println("Done: the database is at " + RevisionGraph.describe(result.after()) + ".");
        }
    }
}
