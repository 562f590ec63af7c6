package dev.retort.cli;

import dev.retort.runner.Runner;
import java.io.PrintWriter;
import java.util.Set;

/** The closing line of an upgrade or downgrade. */
final class Results {

    private Results() {}

    static void print(PrintWriter out, Runner.Result result) {
        if (result.revisions().isEmpty()) {
            out.println("Nothing to do: the database is at " + describe(result.after()) + ".");
        } else {
            out.println("Done: the database is at " + describe(result.after()) + ".");
        }
    }

    static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
