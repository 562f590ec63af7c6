package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runner.Direction;
import dev.retort.runner.RunListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;

/**
 * Prints each revision as the runner applies or reverts it, and remembers which one is running so
 * that an interruption (Ctrl-C) can say where it left the database.
 */
final class PrintingListener implements RunListener {

    private final PrintWriter out;
    private final Style style;
    private volatile String running;

    PrintingListener(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** What was running when the process was interrupted, or null between revisions. */
    String running() {
        return running;
    }

    /** A revision that takes longer says how long, once done: a user watching it knows what a deploy costs. */
    private static final Duration WORTH_TIMING = Duration.ofSeconds(5);

    @Override
    public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
        running = null;
        if (took.compareTo(WORTH_TIMING) >= 0) {
            out.println("  took " + took.toSeconds() + " s");
            out.flush();
        }
    }

    @Override
    public void waitingForLock(String holder, Duration upTo) {
        out.println(RunListener.waitingMessage(holder, upTo)); // what is left of the timeout after connecting
        out.flush();
    }

    /** The failure is reported as such; the interruption message must not follow it. */
    @Override
    public void revisionFailed(RevisionInfo revision, Direction direction) {
        running = null;
    }

    @Override
    public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
        running = direction.label() + " of revision " + revision.label() + "; the database is still recorded at "
                + RevisionGraph.describe(recorded)
                + " (with transactional DDL, as on PostgreSQL, the revision's statements are rolled back; elsewhere those"
                + " that ran before the interruption stay)";
        out.println(style.applied(RunListener.startedMessage(revision, direction)));
        out.flush();
    }

    @Override
    public void warning(String message) {
        out.println(style.warning("WARNING: " + message));
        out.flush();
    }
}
