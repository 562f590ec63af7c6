package dev.retort.runner;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
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
    private final LockWait lockWait;
    private final TableCopier copier;

    // guarded by this: set by cancel() from another thread, read by the run between statements
    private boolean cancelled;
    private Statement executing;

    /**
     * @param lockWait {@link LockWait#UNLIMITED} to wait for locks as long as the database lets statements
     * @param copier runs the {@code alter table} statements it takes instead of the connection (pt-online-schema-change) */
    public Runner(Dialect dialect, RevisionGraph graph, RunListener listener, LockWait lockWait, TableCopier copier) {
        this.dialect = dialect;
        this.graph = graph;
        this.listener = listener;
        this.lockWait = lockWait;
        this.copier = copier;
    }

    /**
     * How long a statement waits for a lock another session holds ({@code ddl.lock.timeout}) and how
     * many more times a revision that gave up is tried ({@code ddl.lock.retries}). A migration
     * queued behind a long query blocks every query that comes after it on the table; one that gives
     * up soon and tries again a little later blocks nobody for long.
     */
    public record LockWait(Duration timeout, int retries) {

        /** As long as the database waits, once. */
        public static final LockWait UNLIMITED = new LockWait(Duration.ZERO, 0);

        public LockWait {
            if (timeout.isNegative() || retries < 0) {
                throw new IllegalArgumentException("a lock wait of " + timeout + " with " + retries + " retries");
            }
        }
    }

    /**
     * Stops this run from another thread (a shutdown hook on Ctrl-C): the statement running is
     * cancelled on the server, so it does not go on running (and committing) after Retort has gone,
     * and no other starts. The run then fails the way a failing statement fails, saying where it
     * stopped. A statement the cancel reached before it reached the server runs on: call again.
     */
    public void cancel() {
        Statement statement;
        synchronized (this) {
            cancelled = true;
            statement = executing;
        }
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ended) {
                // it ended meanwhile, or its connection is gone: either way it is not running
            }
        }
        copier.cancel();
    }

    private synchronized boolean cancelled() {
        return cancelled;
    }

    private synchronized void executing(Statement statement) throws SQLException {
        if (cancelled) {
            throw new SQLException("cancelled before it started");
        }
        executing = statement;
    }

    private synchronized void executed() {
        executing = null;
    }

    /**
     * What a run did: the revisions it applied or reverted and how long each took (in the same
     * order), the heads before and after, and the warnings said on the way (also given to the
     * listener as they came).
     */
    public record Result(Direction direction, List<RevisionInfo> revisions, List<Duration> took, Set<String> before, Set<String> after,
            List<String> warnings) {

        public Result {
            revisions = List.copyOf(revisions);
            took = List.copyOf(took);
            warnings = List.copyOf(warnings);
        }

        /** This result with the warnings a run's caller collected around it. */
        public Result withWarnings(List<String> warnings) {
            return new Result(direction, revisions, took, before, after, warnings);
        }
    }

    public Result upgrade(Connection connection, String schema, String target) throws SQLException {
        return upgrade(connection, schema, target, Resume.NEVER);
    }

    /**
     * Whether an upgrade first runs the rest of a revision that stopped part-way on a database whose
     * DDL commits as it runs (its statements that ran are skipped, once checked to be the same).
     */
    public enum Resume {
        /** Refuse to run it again from its start (its committed statements would run twice). */
        NEVER,
        /** Run its rest; fail when nothing stopped part-way. */
        ALWAYS,
        /** Run its rest if one stopped part-way, else upgrade as usual (each tenant of a fan-out run again). */
        WHERE_STOPPED
    }

    public Result upgrade(Connection connection, String schema, String target, Resume resume) throws SQLException {
        VersionStore store = prepare(connection, schema);
        Set<String> before = store.heads(connection);
        checkKnown(before);
        List<RevisionInfo> path = graph.upgradePath(before, target);
        VersionStore.Entry last = store.lastPartialUpgrade(connection);
        VersionStore.Entry stopped = last != null && !path.isEmpty() && path.get(0).id().equals(last.revision()) ? last : null;
        boolean resuming = resume == Resume.ALWAYS || resume == Resume.WHERE_STOPPED && stopped != null;
        if (!resuming && stopped != null) { // from its start, its committed statements (a data change) would run twice
            throw RetortException.failed("revision " + path.get(0).label() + " stopped part-way when it last ran, with its first "
                    + stopped.statementsRun() + " statement(s) committed: once the cause is fixed, 'retort upgrade --resume " + path.get(0).id()
                    + "' runs the rest (docs/commands.md, Exit codes, says how to start it over instead)", null);
        }
        return run(connection, store, Direction.UPGRADE, before, path, resuming ? resumePoint(last, path) : 0);
    }

    public Result downgrade(Connection connection, String schema, String target) throws SQLException {
        VersionStore store = prepare(connection, schema);
        Set<String> before = store.heads(connection);
        checkKnown(before);
        return run(connection, store, Direction.DOWNGRADE, before, graph.downgradePath(before, target), 0);
    }

    private VersionStore prepare(Connection connection, String schema) throws SQLException {
        VersionStore store = new VersionStore(dialect, schema);
        connection.setAutoCommit(true);
        if (!store.exists(connection)) {
            store.create(connection);
        } else {
            store.upgradeBookkeeping(connection);
        }
        return store;
    }

    /**
     * How many statements of the path's first revision already ran: the last run recorded must be
     * that revision's upgrade, stopped part-way, and its statements that ran must be the ones it
     * has now (the failing one and those after it may have been fixed meanwhile).
     *
     * @param last the last run recorded that stopped part-way through an upgrade, or null
     */
    private int resumePoint(VersionStore.Entry last, List<RevisionInfo> path) {
        if (last == null) {
            throw RetortException.badInput("nothing to resume: the last run recorded did not stop part-way through an upgrade");
        }
        if (path.isEmpty() || !path.get(0).id().equals(last.revision())) {
            throw RetortException.badInput("nothing to resume towards this target: revision " + last.revision()
                    + " stopped part-way, and it is not the next one to apply");
        }
        RevisionInfo revision = path.get(0);
        List<String> statements = recorded(revision, Direction.UPGRADE);
        int ran = last.statementsRun();
        if (ran > statements.size() || !checksum(statements.subList(0, ran)).equals(last.statementsChecksum())) {
            throw RetortException.badInput("revision " + revision.label() + ": its first " + ran + " statements, which ran before it"
                    + " stopped, are not the statements it has now; restore them, or bring the database to the revision by hand and"
                    + " 'retort stamp' it");
        }
        return ran;
    }

    /**
     * A revision's statements as a partial run's checksum reads them: without the algorithm clauses
     * a setting adds ({@code online.algorithm}), so that a resume after changing it (as a refused
     * clause's advice says to) finds the statements that ran.
     */
    private List<String> recorded(RevisionInfo revision, Direction direction) {
        return steps(dialect.withServerAlgorithms(), revision, direction).stream().map(Step::sql).toList();
    }

    private static String checksum(List<String> statements) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            statements.forEach(sql -> digest.update((sql + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** @param skip how many statements of the first revision already ran (a resumed one) */
    private Result run(Connection connection, VersionStore store, Direction direction, Set<String> before, List<RevisionInfo> path,
            int skip) throws SQLException {
        Set<String> heads = before;
        List<Duration> took = new ArrayList<>();
        boolean limited = !lockWait.timeout().isZero() && !path.isEmpty();
        if (limited) {
            execute(connection, dialect.lockTimeout(lockWait.timeout()));
        }
        try {
            for (RevisionInfo revision : path) {
                long start = System.nanoTime();
                heads = apply(connection, store, direction, revision, heads, revision == path.get(0) ? skip : 0, 1);
                took.add(Duration.ofNanos(System.nanoTime() - start));
            }
        } finally {
            if (limited) {
                try {
                    execute(connection, dialect.defaultLockTimeout());
                } catch (SQLException lost) {
                    // a connection that is gone keeps no setting; the run's own outcome is what to report
                }
            }
        }
        return new Result(direction, path, took, before, heads, List.of());
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** @param attempt 1, or more when a lock wait gave up and the revision is tried again */
    private Set<String> apply(Connection connection, VersionStore store, Direction direction, RevisionInfo revision, Set<String> heads,
            int skip, int attempt) throws SQLException {
        List<Step> steps = steps(dialect, revision, direction);
        List<String> statements = steps.stream().map(Step::sql).toList();
        Set<String> next = direction.headsAfter(graph, heads, revision);
        String checksum = Checksums.of(revision);
        if (cancelled()) {
            throw RetortException.failed("cancelled before the " + direction.label() + " of revision " + revision.label()
                    + "; the database is at " + RevisionGraph.describe(heads), null);
        }
        if (attempt == 1) {
            listener.revisionStarted(revision, direction, heads);
        }
        Instant started = Instant.now();
        boolean transactional = dialect.transactionalDdl();
        boolean inTransaction = transactional;
        int index = skip;
        int kept = skip; // the statements that stay whatever happens next: those committed, or run where DDL commits as it runs
        boolean committing = false;
        try {
            connection.setAutoCommit(!inTransaction);
            try (Statement statement = connection.createStatement()) {
                for (; index < statements.size(); index++) {
                    if (transactional && steps.get(index).outsideTransaction() == inTransaction) {
                        if (inTransaction) { // what came before stays: a failure from here on says so, and --resume runs the rest
                            connection.commit();
                            kept = index;
                        }
                        inTransaction = !inTransaction;
                        connection.setAutoCommit(!inTransaction);
                    }
                    executing(statement);
                    try {
                        if (!dialect.altersOnline(steps.get(index).operation()) && copier.copies(connection, statements.get(index))) {
                            copier.copy(connection, statements.get(index));
                        } else {
                            statement.execute(statements.get(index));
                        }
                    } finally {
                        executed();
                    }
                    if (!inTransaction) {
                        kept = index + 1;
                    }
                    listener.statementExecuted(statements.get(index));
                }
                if (transactional && !inTransaction) { // the bookkeeping commits as one
                    connection.setAutoCommit(false);
                    inTransaction = true;
                }
                store.moveHeads(connection, heads, next);
                store.recordHistory(connection, entry(revision, direction, checksum, started, true, null));
                if (transactional) {
                    committing = true;
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            boolean gaveUpWaiting = dialect.isLockTimeout(e) && !lockWait.timeout().isZero(); // ddl.lock.timeout's, not the database's own
            if (gaveUpWaiting && index < statements.size() && kept == skip && attempt <= lockWait.retries() && !cancelled()) {
                rollBack(connection, inTransaction);
                listener.warning(direction.label() + " of revision " + revision.label() + " waited " + seconds(lockWait.timeout())
                        + " (ddl.lock.timeout) for a lock another session holds, at statement " + (index + 1) + ": " + oneLine(statements.get(index))
                        + "; nothing of it stays; trying again in " + attempt + " s (" + attempt + " of " + lockWait.retries() + " retries)");
                pause(Duration.ofSeconds(attempt));
                return apply(connection, store, direction, revision, heads, skip, attempt + 1);
            }
            List<String> committed = !transactional && index >= statements.size() ? List.of() : statements.subList(0, kept);
            recordFailure(connection, store, inTransaction, entry(revision, direction, checksum, started, false,
                    committed.isEmpty() ? committed : recorded(revision, direction).subList(0, committed.size())));
            listener.revisionFailed(revision, direction);
            boolean outcomeUnknown = committing && e.getSQLState() != null && e.getSQLState().startsWith("08");
            String advice = cancelled() || outcomeUnknown ? null : gaveUpWaiting ? lockAdvice(connection, attempt)
                    : dialect.adviceOn(connection, e);
            throw failure(revision, direction, statements, index, committed, skip, cancelled() ? null : e, heads, transactional,
                    outcomeUnknown, advice);
        } finally {
            restoreAutoCommit(connection);
        }
        listener.revisionFinished(revision, direction, Duration.between(started, Instant.now()));
        return next;
    }

    /**
     * One statement of a revision, whether it runs outside the revision's transaction
     * ({@link Dialect#runsOutsideTransaction}), and the operation it carries out, which tells
     * whether the server alters its table online or a {@link TableCopier} may copy it.
     */
    record Step(String sql, boolean outsideTransaction, Operation operation) {}

    /**
     * All of a revision's SQL one way, made before any of it runs: a revision this database cannot
     * run is refused naming its file, with nothing changed yet. Operations that run outside the
     * transaction and those that run inside are rendered apart, so a dialect joining statements
     * (MySQL's indexes inside {@code create table}) never joins across the two.
     */
    static List<Step> steps(Dialect dialect, RevisionInfo revision, Direction direction) {
        List<Operation> operations = direction == Direction.UPGRADE ? revision.upgradeOperations() : revision.downgradeOperations();
        List<Step> steps = new ArrayList<>();
        try {
            int start = 0;
            for (int end = 1; end <= operations.size(); end++) {
                boolean outside = dialect.runsOutsideTransaction(operations.get(start));
                if (end == operations.size() || dialect.runsOutsideTransaction(operations.get(end)) != outside) {
                    dialect.render(operations.subList(start, end)).forEach(rendered -> steps.add(new Step(rendered.sql(), outside, rendered.operation())));
                    start = end;
                }
            }
        } catch (RetortException e) {
            throw RetortException.badInput(revision.origin() + ": " + direction.label() + "() cannot run on " + dialect + ": " + e.getMessage());
        }
        return steps;
    }

    /** @param committed the statements that ran and stay, where a failure left some (null on success) */
    private static VersionStore.Entry entry(RevisionInfo revision, Direction direction, String checksum, Instant started, boolean success,
            List<String> committed) {
        boolean partial = committed != null && !committed.isEmpty();
        return new VersionStore.Entry(0, revision.id(), direction.label(), revision.message(), checksum, started,
                Duration.between(started, Instant.now()).toMillis(), success, partial ? committed.size() : null,
                partial ? checksum(committed) : null, null);
    }

    /** What to do when waiting for a lock gave up for good: who holds locks, where the database can tell. */
    private String lockAdvice(Connection connection, int attempts) {
        String holders = dialect.lockHolders(connection, lockWait.timeout());
        return "it waited " + seconds(lockWait.timeout()) + " for a lock another session holds, " + (attempts == 1 ? "once" : attempts + " times")
                + " (ddl.lock.timeout, ddl.lock.retries)" + (holders == null ? "" : "; " + holders) + ": run it when that session has"
                + " finished, or raise ddl.lock.timeout (0 waits as long as the database does)";
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void pause(Duration duration) throws SQLException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to try again", e);
        }
    }

    private static void rollBack(Connection connection, boolean inTransaction) {
        try {
            if (inTransaction) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the retry that follows finds out whether the connection still works
        }
    }

    /**
     * Best effort: rolling back and recording the failure must not hide the failure itself. The
     * connection may be gone, and then the database rolls back on its own.
     */
    private static void recordFailure(Connection connection, VersionStore store, boolean inTransaction, VersionStore.Entry entry) {
        try {
            if (inTransaction) {
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

    /**
     * @param index          the failing statement's, or the statement count when recording failed
     * @param committed      the statements that ran and stay (where DDL is transactional, those before an outside-transaction step)
     * @param skip           how many of them a resumed run skipped, having run before
     * @param e              what the database said, or null when the run was cancelled
     * @param outcomeUnknown the connection was lost during the commit: it may or may not have happened
     * @param advice         what to change, from the dialect, where the failure was a limit of the server's (or null)
     */
    private static RetortException failure(RevisionInfo revision, Direction direction, List<String> statements, int index,
            List<String> committed, int skip, SQLException e, Set<String> recorded, boolean transactional, boolean outcomeUnknown,
            String advice) {
        String at = RevisionGraph.describe(recorded);
        String where = index >= statements.size() ? "while recording it"
                : "at statement " + (index + 1) + " of " + statements.size() + ": " + oneLine(statements.get(index));
        String what = e == null ? " was cancelled " + where : " failed " + where + " -- " + oneLine(e.getMessage());
        String state;
        if (outcomeUnknown) {
            state = "the connection was lost during the commit, so whether the revision was applied is unknown: see 'retort current'";
        } else if (!transactional && index >= statements.size()) {
            state = "all " + statements.size() + " statements ran and stay, but recording the revision failed; the database is"
                    + " recorded at " + at + ": once it answers again, 'retort stamp " + revision.id() + "' records it";
        } else if (committed.isEmpty()) {
            state = transactional ? "the revision was rolled back; the database remains at " + at
                    : "nothing of it ran; the database is recorded at " + at;
        } else {
            state = (committed.size() == 1 ? "statement 1 was" : "statements 1-" + committed.size() + " were") + " committed"
                    + (skip > 0 ? " (" + skip + " of them by an earlier run)" : "") + " (" + summary(committed) + ")"
                    + (transactional ? ", the rest rolled back" : "") + "; the database is"
                    + " recorded at " + at + (direction == Direction.UPGRADE
                            ? "; " + (e == null ? "" : "once the cause is fixed, ") + "'retort upgrade --resume " + revision.id()
                            + "' runs the rest" : "");
        }
        return RetortException.failed(direction.label() + " of revision " + revision.label() + what + " -- " + state
                + (advice == null ? "" : " -- " + advice), e);
    }

    /** The statements that ran, shortened: the first few and how many more. */
    private static String summary(List<String> statements) {
        List<String> shown = statements.stream().limit(3).map(sql -> oneLine(sql).length() <= 80 ? oneLine(sql) : oneLine(sql).substring(0, 77) + "...")
                .toList();
        return String.join("; ", shown) + (statements.size() > shown.size() ? "; and " + (statements.size() - shown.size()) + " more" : "");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
