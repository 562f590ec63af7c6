package dev.retort.runner;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders revisions as a SQL script for a DBA, without any connection: the bookkeeping tables
 * (when starting from base), each revision's statements under a comment naming it, its
 * bookkeeping, and a transaction around each revision where the dialect has transactional DDL.
 */
public final class OfflineScript {

    private final Dialect dialect;
    private final RevisionGraph graph;

    public OfflineScript(Dialect dialect, RevisionGraph graph) {
        this.dialect = dialect;
        this.graph = graph;
    }

    /** {@code [FROM:]TO}: FROM defaults to base. */
    public String upgrade(String range) {
        Range parsed = Range.parse(range, false);
        Set<String> from = graph.resolve(parsed.from(), Set.of());
        return render(Direction.UPGRADE, parsed, from, graph.upgradePath(from, parsed.to()));
    }

    /** {@code FROM:TO}: a downgrade script must say where the database starts. */
    public String downgrade(String range) {
        Range parsed = Range.parse(range, true);
        Set<String> from = graph.resolve(parsed.from(), Set.of());
        return render(Direction.DOWNGRADE, parsed, from, graph.downgradePath(from, parsed.to()));
    }

    private String render(Direction direction, Range range, Set<String> from, List<RevisionInfo> path) {
        VersionStore store = new VersionStore(dialect, null);
        StringBuilder script = new StringBuilder()
                .append("-- Retort ").append(direction.label()).append(' ').append(range.from()).append(" -> ").append(range.to())
                .append(" for ").append(dialect).append('\n')
                .append("-- Review before running, and stop at the first error (psql -v ON_ERROR_STOP=1;\n")
                .append("-- the mariadb/mysql client stops by itself; SQL*Plus: WHENEVER SQLERROR EXIT FAILURE).\n\n");
        if (from.isEmpty()) {
            script.append("-- Retort's bookkeeping tables\n");
            store.createStatementsIfAbsent().forEach(sql -> statement(script, sql));
            script.append('\n');
        }
        Set<String> heads = new TreeSet<>(from);
        for (RevisionInfo revision : path) {
            Set<String> next = direction.headsAfter(graph, heads, revision);
            script.append("-- Running ").append(direction.label()).append(' ').append(direction.arrow(revision)).append(", ")
                    .append(revision.message().replace('\n', ' ')).append('\n');
            boolean inTransaction = false; // begun before the first statement inside it, so a revision opening outside has no empty one
            for (Runner.Step step : Runner.steps(dialect, revision, direction)) {
                if (dialect.transactionalDdl() && step.outsideTransaction() == inTransaction) {
                    statement(script, inTransaction ? "commit" : dialect.beginTransaction());
                    inTransaction = !inTransaction;
                }
                statement(script, step.sql());
            }
            if (dialect.transactionalDdl() && !inTransaction) {
                statement(script, dialect.beginTransaction());
            }
            store.moveHeadsStatements(heads, next).forEach(sql -> statement(script, sql));
            statement(script, store.recordHistoryStatement(revision.id(), direction.label(), revision.message(),
                    Checksums.of(revision)));
            statement(script, "commit");
            script.append('\n');
            heads = next;
        }
        return script.toString();
    }

    private static void statement(StringBuilder script, String sql) {
        script.append(sql).append(";\n");
    }

    /** {@code FROM:TO}, or just {@code TO} (from base) where allowed. */
    private record Range(String from, String to) {

        static Range parse(String text, boolean fromRequired) {
            String[] parts = text.strip().split(":", -1);
            if (parts.length == 1 && !fromRequired && !parts[0].isBlank()) {
                return new Range("base", parts[0]);
            }
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw RetortException.badInput("malformed range '" + text + "' (expected " + (fromRequired ? "FROM:TO, e.g. head:base" : "[FROM:]TO, e.g. base:head") + ")");
            }
            return new Range(parts[0].strip(), parts[1].strip());
        }
    }
}
