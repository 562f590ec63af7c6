package dev.retort.runner;

import dev.retort.revision.RevisionInfo;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress in the application's log, through SLF4J, for an application that sets no listener of
 * its own: each revision as it starts and how long it took, warnings, waits for the lock. Used
 * only when SLF4J is on the class path ({@link #ifAvailable()}); Retort prints nothing itself.
 */
public final class LoggingListener implements RunListener {

    private static final String LOGGER = "dev.retort";

    private final Logger log = LoggerFactory.getLogger(LOGGER);

    private LoggingListener() {}

    /** This listener when the application has SLF4J, else one that stays silent. */
    public static RunListener ifAvailable() {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, LoggingListener.class.getClassLoader());
            return new LoggingListener();
        } catch (ClassNotFoundException | LinkageError e) {
            return RunListener.NONE;
        }
    }

    @Override
    public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
        log.info(RunListener.startedMessage(revision, direction));
    }

    @Override
    public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
        log.info("Revision {} done in {} ms", revision.id(), took.toMillis());
    }

    @Override
    public void warning(String message) {
        log.warn(message);
    }

    @Override
    public void waitingForLock(String holder, Duration upTo) {
        log.info(RunListener.waitingMessage(holder, upTo));
    }
}
