package dev.retort.cli;

import dev.retort.revision.RevisionInfo;
import dev.retort.runner.Direction;
import dev.retort.runner.RunListener;
import java.io.PrintWriter;

/** Prints each revision as the runner applies or reverts it. */
final class PrintingListener implements RunListener {

    private final PrintWriter out;

    PrintingListener(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void revisionStarted(RevisionInfo revision, Direction direction) {
        String arrow = direction == Direction.UPGRADE
                ? (revision.parents().isEmpty() ? "base" : String.join(",", revision.parents())) + " -> " + revision.id()
                : revision.id() + " -> " + (revision.parents().isEmpty() ? "base" : String.join(",", revision.parents()));
        out.println("Running " + direction.label() + " " + arrow + ", " + revision.message());
        out.flush();
    }

    @Override
    public void warning(String message) {
        out.println("WARNING: " + message);
        out.flush();
    }
}
