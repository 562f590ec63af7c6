package dev.retort.dialect;

import java.sql.SQLException;

/**
 * A lock held, on a connection of its own, for the whole of a run that changes the database, so
 * that a second deployer waits and then finds the work done. Each dialect says how to take it.
 */
public interface DeployLock extends AutoCloseable {

    /** Releases the lock (closing its connection releases it too, even after a crash). */
    @Override
    void close() throws SQLException;
}
