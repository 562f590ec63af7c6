package dev.retort.autogen;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.diff.Differ;
import dev.retort.model.Name;
import dev.retort.model.Schema;
import dev.retort.ops.Operation;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.security.SecureRandom;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Proves revisions on a scratch schema (a database, on MySQL-family databases) made for the purpose
 * on the configured server, or on {@code verify.url}'s, and dropped afterwards whatever happens;
 * the configured schema is never touched. For one revision, on a scratch schema brought to its
 * parent: the upgrade runs; at the head, nothing is left to autogenerate; the downgrade runs and
 * leaves the schema as the parent had it, object for object; the upgrade runs again.
 *
 * <pre>{@code
 * Verification.Report report = Verification.of(retort).verify("head");
 * }</pre>
 */
public final class Verification {

    /** One check: passed, or the reasons it did not (a failure message, or each object that differs). */
    public record Step(String name, List<String> failures) {

        public Step {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** What ran, in order; a step that failed so that the next could not run ends the list. */
    public record Report(String scratch, List<Step> steps) {

        public Report {
            steps = List.copyOf(steps);
        }

        public boolean passed() {
            return steps.stream().allMatch(Step::passed);
        }
    }

    private final Retort retort;
    private volatile boolean cancelled; // by Retort.cancel() from another thread (Ctrl-C): stop at the next check, drop the scratch schema

    private Verification(Retort retort) {
        this.retort = retort;
    }

    public static Verification of(Retort retort) {
        return new Verification(retort);
    }

    /** {@code target}: one revision (an id, a unique prefix, {@code head}). */
    public Report verify(String target) {
        return verify(target, false);
    }

    /**
     * @param withData first put a few generated rows in every table, which must keep the values of
     *                 the columns the revision does not drop through its upgrade and its downgrade
     */
    public Report verify(String target, boolean withData) {
        RevisionGraph graph = retort.revisions();
        RevisionInfo revision = graph.single(target, "verify");
        return cancellable(() -> {
            try (Scratch scratch = Scratch.create(retort, graph)) {
                List<Step> steps = new ArrayList<>();
                if (check(steps, "upgrade to the parent, " + RevisionGraph.describe(revision.parents()), () -> {
                    revision.parents().forEach(scratch.retort::upgrade);
                    return List.of();
                })) {
                    verify(scratch, revision, graph.heads().equals(List.of(revision.id())), withData ? 0 : -1, steps);
                }
                return new Report(scratch.name, steps);
            }
        });
    }

    /**
     * Every revision from base to head, each verified as {@link #verify} does it on the schema the
     * ones before it built (the check for nothing left to autogenerate at the head), and then
     * {@code downgrade base}, which must leave no managed table or sequence: for CI.
     */
    public Report all() {
        return all(false);
    }

    /** {@link #all()}, with rows as {@link #verify(String, boolean)} puts them, more before each revision. */
    public Report all(boolean withData) {
        RevisionGraph graph = retort.revisions();
        if (graph.all().isEmpty()) {
            throw RetortException.badInput("there is no revision to verify");
        }
        return cancellable(() -> {
            try (Scratch scratch = Scratch.create(retort, graph)) {
                List<Step> steps = new ArrayList<>();
                int round = 0;
                for (RevisionInfo revision : graph.upgradePath(Set.of(), graph.heads().size() > 1 ? "heads" : "head")) {
                    if (!verify(scratch, revision, graph.heads().equals(List.of(revision.id())), withData ? round++ : -1, steps)) {
                        return new Report(scratch.name, steps);
                    }
                }
                check(steps, "downgrade base leaves no table or sequence", () -> {
                    scratch.retort.downgrade("base");
                    Schema left = scratch.schema();
                    List<String> failures = new ArrayList<>();
                    left.tables().forEach(table -> failures.add("left behind: table " + table.name()));
                    left.sequences().forEach(sequence -> failures.add("left behind: sequence " + sequence.name()));
                    return failures;
                });
                return new Report(scratch.name, steps);
            }
        });
    }

    /**
     * Runs a verify so that {@link Retort#cancel()} from another thread (Ctrl-C) stops it: the
     * statement running is cancelled, no check runs after it, the scratch schema is dropped, and
     * the verify then fails saying so.
     */
    private Report cancellable(Supplier<Report> verify) {
        cancelled = false;
        Report report = retort.cancellable(() -> cancelled = true, verify);
        if (cancelled) {
            throw RetortException.failed("verify was cancelled; its scratch schema " + report.scratch() + " is dropped", null);
        }
        return report;
    }

    /**
     * The checks of one revision on a scratch schema at its parents; false when one failed so that
     * the rest cannot run.
     *
     * @param round with data, how many times rows were added before (each time's values differ); -1 without
     */
    private boolean verify(Scratch scratch, RevisionInfo revision, boolean head, int round, List<Step> steps) {
        if (cancelled) {
            return false;
        }
        Schema before = scratch.schema();
        String label = revision.label();
        boolean withData = round >= 0 && !before.tables().isEmpty(); // the first revision's parent has no table to put rows in
        if (withData) {
            List<String> empty = scratch.read(database -> SampleRows.insert(database, before, round));
            steps.add(new Step("put " + SampleRows.PER_TABLE + " rows in each of the " + (before.tables().size() - empty.size()) + " tables"
                    + (empty.isEmpty() ? "" : ", not in " + String.join(", ", empty)), List.of()));
        }
        SampleRows.Snapshot rowsBefore = withData ? scratch.read(database -> SampleRows.read(database, before)) : null;
        if (!check(steps, "upgrade " + label, () -> {
            scratch.retort.upgrade(revision.id());
            return List.of();
        })) {
            return false;
        }
        Schema after = withData ? scratch.schema() : null;
        Map<String, Set<String>> kept = withData ? SampleRows.shared(scratch.dialect, before, after) : null; // the columns the upgrade keeps, both ways
        if (withData) {
            check(steps, "rows keep their values through upgrade " + label, () -> scratch.read(database -> SampleRows.read(database, after))
                    .differencesFrom(rowsBefore, kept));
        }
        if (head && entitiesConfigured()) {
            check(steps, "nothing left to autogenerate at the head", () ->
                    Autogen.of(scratch.retort).check().plan().operations().stream().map(operation -> "to autogenerate: " + operation.describe()).toList());
        }
        boolean restored = check(steps, "downgrade " + label + " leaves the schema of " + RevisionGraph.describe(revision.parents()), () -> {
            scratch.retort.downgrade(revision.parents().isEmpty() ? "base" : "-1");
            return new Differ(scratch.dialect).diff(before, scratch.schema()).operations().stream()
                    .map(Operation::describe).map(change -> "not as before (the fix: " + change + ")").toList();
        });
        if (withData && restored) { // what the upgrade dropped comes back empty: only what it kept is compared
            check(steps, "rows keep their values through downgrade " + label, () -> scratch.read(database -> SampleRows.read(database, before))
                    .differencesFrom(rowsBefore, kept));
        }
        return restored && check(steps, "upgrade " + label + " again", () -> {
            scratch.retort.upgrade(revision.id());
            return List.of();
        });
    }

    private boolean entitiesConfigured() {
        return !retort.config().entityPackages().isEmpty() || !retort.config().entityClasses().isEmpty()
                || retort.config().persistenceUnit() != null;
    }

    /** What a check finds wrong: nothing when it passes. */
    private interface Check {
        List<String> failures();
    }

    /**
     * Runs the check and records it; a RetortException (a statement that failed, bad input) fails it
     * with its message. After a cancel none runs, so the verify ends at once.
     */
    private boolean check(List<Step> steps, String name, Check check) {
        if (cancelled) {
            return false;
        }
        List<String> failures;
        try {
            failures = check.failures();
        } catch (RetortException e) {
            failures = List.of(e.getMessage());
        }
        steps.add(new Step(name, failures));
        return failures.isEmpty();
    }

    /** A schema of verify's own, made on the server and dropped when done; {@link #retort} works in it. */
    private static final class Scratch implements AutoCloseable {

        private final Retort server;
        private final String name;
        private final Retort retort;
        private final Dialect dialect;

        private Scratch(Retort server, String name, Dialect dialect, RevisionGraph revisions) {
            this.server = server;
            this.name = name;
            this.retort = server.on(null, name, revisions);
            this.dialect = dialect;
        }

        static Scratch create(Retort configured, RevisionGraph revisions) {
            String url = configured.config().verifyUrl();
            Retort server = url == null ? configured : configured.on(url, null, revisions);
            byte[] random = new byte[4];
            new SecureRandom().nextBytes(random);
            try {
                return server.read("the server to make a scratch schema on", database -> {
                    String name = database.dialect().key(Name.of("retort_verify_" + HexFormat.of().formatHex(random)));
                    try (Statement statement = database.connection().createStatement()) {
                        statement.execute(database.dialect().createSchema(name));
                    }
                    return new Scratch(server, name, database.dialect(), revisions);
                });
            } catch (RetortException e) {
                throw RetortException.failed("verify works on a scratch schema of its own, and could not make one ("
                        + e.getMessage() + "): set verify.url to a database where this user may create schemas", e);
            }
        }

        /** The managed tables and sequences there. */
        Schema schema() {
            return retort.read("the scratch schema " + name, database -> Autogen.of(retort).managedSchema(database));
        }

        <T> T read(Retort.DatabaseRead<T> work) {
            return retort.read("the scratch schema " + name, work);
        }

        @Override
        public void close() {
            server.read("the server to drop the scratch schema " + name + " from (drop it by hand)", database -> {
                try (Statement statement = database.connection().createStatement()) {
                    statement.execute(database.dialect().dropSchema(name));
                }
                return null;
            });
        }
    }
}
