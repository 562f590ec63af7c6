package dev.retort.runner;

import dev.retort.revision.RevisionInfo;
import java.time.Duration;
import java.util.Set;

/** What a run reports as it goes; front ends print it, the engine never does. */
public interface RunListener {

    RunListener NONE = new RunListener() {};

    /** @param recorded the heads the database is recorded at until the revision is done */
    default void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {}

    default void statementExecuted(String sql) {}

    default void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {}

    /** A statement of the revision failed; the runner's exception says where the database is. */
    default void revisionFailed(RevisionInfo revision, Direction direction) {}

    /** Something the user should know before trusting the run, such as a revision edited after it ran. */
    default void warning(String message) {}

    /** Another run holds the deployment lock: this one waits for it, up to {@code upTo}. */
    default void waitingForLock(String holder, Duration upTo) {}

    /** How a front end says a revision starts: {@code Running upgrade a -> b, message}. */
    static String startedMessage(RevisionInfo revision, Direction direction) {
        return "Running " + direction.label() + " " + direction.arrow(revision) + ", " + revision.message();
    }

    /** How a front end says a wait for the lock, the time rounded up as the give-up message rounds it. */
    static String waitingMessage(String holder, Duration upTo) {
        return "Waiting up to " + upTo.plusNanos(999_999_999).toSeconds() + " s (lock.timeout) for the deployment lock, held by " + holder;
    }
}
