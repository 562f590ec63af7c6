package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs some of a revision's {@code alter table} statements another way than through the
 * connection: an online schema change engine that copies the table in the background while it
 * is written, then swaps it in ({@link PtOnlineSchemaChange}).
 */
public interface TableCopier {

    /** Every statement through the connection. */
    TableCopier NONE = new TableCopier() {
        @Override
        public boolean copies(Connection connection, String sql) {
            return false;
        }

        @Override
        public void copy(Connection connection, String sql) {
            throw new UnsupportedOperationException();
        }
    };

    /**
     * Whether this statement is one it runs (an {@code alter table} of a large enough table); asked
     * only of statements the server would not alter online ({@code Dialect.altersOnline}).
     */
    boolean copies(Connection connection, String sql) throws SQLException;

    /** Runs it; a failure is an SQLException with the engine's own last words. */
    void copy(Connection connection, String sql) throws SQLException;

    /** Stops a copy running, from another thread (Ctrl-C): the engine undoes its work and {@link #copy} fails. */
    default void cancel() {}
}
