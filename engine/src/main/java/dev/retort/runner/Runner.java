package dev.retort.runner;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies revisions online. On a database with transactional DDL a revision and its bookkeeping
 * commit together or not at all; elsewhere each statement commits as it runs, and a failure stops
 * at once with the revision, the statement, the database's message and the revision now recorded.
 * The connection must already work in the schema it is given ({@code Dialect.useSchema}; Retort
 * puts every connection there as it opens it).
 */
public final class Runner {

    private final Dialect dialect;
    private final RevisionGraph graph;
    private final RunListener listener;

    public Runner(Dialect dialect, RevisionGraph graph, RunListener listener) {
        this.dialect = dialect;
        this.graph = graph;
        this.listener = listener;
    }

    /** What a run did: the revisions it applied or reverted, and the heads before and after. */
    public record Result(Direction direction, List<RevisionInfo> revisions, Set<String> before, Set<String> after) {}

    public Result upgrade(Connection connection, String schema, String target) throws SQLException {
        VersionStore store = prepare(connection, schema);
        Set<String> before = store.heads(connection);
        checkKnown(before);
        return run(connection, store, Direction.UPGRADE, before, graph.upgradePath(before, target));
    }

    public Result downgrade(Connection connection, String schema, String target) throws SQLException {
        VersionStore store = prepare(connection, schema);
        Set<String> before = store.heads(connection);
        checkKnown(before);
        return run(connection, store, Direction.DOWNGRADE, before, graph.downgradePath(before, target));
    }

    private VersionStore prepare(Connection connection, String schema) throws SQLException {
        VersionStore store = new VersionStore(dialect, schema);
        if (!store.exists(connection)) {
            connection.setAutoCommit(true);
            store.create(connection);
        }
        return store;
    }

    /** The recorded heads must be revisions the files define, none of them below another: else the bookkeeping was edited. */
    private void checkKnown(Set<String> heads) {
        for (String head : heads) {
            if (!graph.contains(head)) {
                throw RetortException.badInput("the database is at revision " + head + ", which no revision file defines"
                        + " (was a file deleted, or is this the wrong migrations folder?)");
            }
            for (String other : heads) {
                if (!other.equals(head) && graph.ancestors(Set.of(other)).contains(head)) {
                    throw RetortException.badInput("retort_version records both " + head + " and " + other + ", which follows it:"
                            + " the bookkeeping was edited; set it right with 'retort stamp --purge <revision>'");
                }
            }
        }
    }

    private Result run(Connection connection, VersionStore store, Direction direction, Set<String> before, List<RevisionInfo> path)
            throws SQLException {
        Set<String> heads = before;
        for (RevisionInfo revision : path) {
            heads = apply(connection, store, direction, revision, heads);
        }
        return new Result(direction, path, before, heads);
    }

    private Set<String> apply(Connection connection, VersionStore store, Direction direction, RevisionInfo revision, Set<String> heads)
            throws SQLException {
        List<String> statements = statements(dialect, revision, direction);
        Set<String> next = direction.headsAfter(graph, heads, revision);
        String checksum = Checksums.of(revision.upgradeOperations());
        listener.revisionStarted(revision, direction, heads);
        Instant started = Instant.now();
        boolean transactional = dialect.transactionalDdl();
        String current = null;
        boolean committing = false;
        try {
            connection.setAutoCommit(!transactional);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    current = sql;
                    statement.execute(sql);
                    listener.statementExecuted(sql);
                }
                current = null;
                store.moveHeads(connection, heads, next);
                store.recordHistory(connection, entry(revision, direction, checksum, started, true));
                if (transactional) {
                    committing = true;
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            recordFailure(connection, store, transactional, entry(revision, direction, checksum, started, false));
            listener.revisionFailed(revision, direction);
            boolean outcomeUnknown = committing && e.getSQLState() != null && e.getSQLState().startsWith("08");
            throw failure(revision, direction, current, e, heads, transactional, outcomeUnknown);
        } finally {
            restoreAutoCommit(connection);
        }
        listener.revisionFinished(revision, direction, Duration.between(started, Instant.now()));
        return next;
    }

    /**
     * All of a revision's SQL one way, made before any of it runs: a revision this database cannot
     * run is refused naming its file, with nothing changed yet.
     */
    static List<String> statements(Dialect dialect, RevisionInfo revision, Direction direction) {
        List<Operation> operations = direction == Direction.UPGRADE ? revision.upgradeOperations() : revision.downgradeOperations();
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations) {
            try {
                statements.addAll(dialect.sql(operation));
            } catch (RetortException e) {
                throw RetortException.badInput(revision.origin() + ": " + direction.label() + "() cannot run on " + dialect + ": " + e.getMessage());
            }
        }
        return statements;
    }

    private static VersionStore.Entry entry(RevisionInfo revision, Direction direction, String checksum, Instant started, boolean success) {
        return new VersionStore.Entry(0, revision.id(), direction.label(), revision.message(), checksum, started,
                Duration.between(started, Instant.now()).toMillis(), success);
    }

    /**
     * Best effort: rolling back and recording the failure must not hide the failure itself. The
     * connection may be gone, and then the database rolls back on its own.
     */
    private static void recordFailure(Connection connection, VersionStore store, boolean transactional, VersionStore.Entry entry) {
        try {
            if (transactional) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            store.recordHistory(connection, entry);
        } catch (SQLException ignored) {
            // the error the caller raises says what matters
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException lost) {
            // a lost connection has nothing to restore; whatever uses it next says so
        }
    }

    /** @param outcomeUnknown the connection was lost during the commit: it may or may not have happened */
    private static RetortException failure(RevisionInfo revision, Direction direction, String statement, SQLException e,
            Set<String> recorded, boolean transactional, boolean outcomeUnknown) {
        String at = recorded.isEmpty() ? "base" : String.join(", ", recorded);
        String where = statement == null ? "while recording it" : "at statement: " + oneLine(statement);
        String state = outcomeUnknown
                ? "the connection was lost during the commit, so whether the revision was applied is unknown: see 'retort current'"
                : transactional
                ? "the revision was rolled back; the database remains at " + at
                : "statements before this one were committed; the database is recorded at " + at;
        return RetortException.failed(direction.label() + " of revision " + revision.label() + " failed " + where
                + " -- " + oneLine(e.getMessage()) + " -- " + state, e);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
