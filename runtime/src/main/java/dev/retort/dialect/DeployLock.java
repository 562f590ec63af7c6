package dev.retort.dialect;

import java.sql.SQLException;
import java.time.Duration;

/**
 * A lock held, on a connection of its own, for the whole of a run that changes the database, so
 * that a second deployer waits and then finds the work done. Each dialect says how to take it.
 */
public interface DeployLock extends AutoCloseable {

    /** Releases the lock (closing its connection releases it too, even after a crash). */
    @Override
    void close() throws SQLException;

    /** Told once when the lock is held by another run and waiting begins, so nobody waits in silence. */
    @FunctionalInterface
    interface Waiting {
        Waiting NONE = (holder, upTo) -> { };

        void waiting(String holder, Duration upTo);
    }
}
