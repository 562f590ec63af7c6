package dev.retort.diff;

import dev.retort.dialect.Dialect;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Name;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What every comparator shares: the dialect's notion of identity and the plan under construction, by phase. */
final class DiffContext {

    private final Dialect dialect;
    private final Map<List<String>, String> renderedChecks;
    private final Map<Phase, List<Operation>> phases = new EnumMap<>(Phase.class);
    private final List<String> notes = new ArrayList<>();
    private final Set<String> managed = new HashSet<>();
    private final Set<List<String>> retyped = new HashSet<>();

    DiffContext(Dialect dialect, Map<List<String>, String> renderedChecks) {
        this.dialect = dialect;
        this.renderedChecks = renderedChecks;
    }

    void note(String note) {
        notes.add(note);
    }

    /** A table Retort may change: the entities map it, or a revision created it. */
    void markManaged(Name table) {
        managed.add(key(table));
    }

    /** Anything else (another tool's table, an excluded one) is left alone, and so are references to it. */
    boolean isManaged(Name table) {
        return managed.contains(key(table));
    }

    /** Notes the columns of a kept table whose type changes in a way a foreign key over them cannot stay through. */
    void noteRetypedColumns(Table target, Table current) {
        Matching.of(target.columns(), current.columns(), column -> key(column.name())).matched().stream()
                .filter(pair -> !dialect.sameType(pair.target().type(), pair.current().type())
                        && !dialect.foreignKeysSurvive(pair.current().type(), pair.target().type()))
                .forEach(pair -> retyped.add(List.of(key(target.name()), key(pair.target().name()))));
    }

    /** Whether any of these columns of the table changes type. */
    boolean retyped(Name table, List<Name> columns) {
        return columns.stream().anyMatch(column -> retyped.contains(List.of(key(table), key(column))));
    }

    /** A target check as the database renders it, when known; else as written. */
    String renderedCheck(Name table, CheckConstraint check) {
        return renderedChecks.getOrDefault(List.of(key(table), check.expression()), check.expression());
    }

    Dialect dialect() {
        return dialect;
    }

    String key(Name name) {
        return dialect.key(name);
    }

    List<String> keys(List<Name> names) {
        return names.stream().map(dialect::key).toList();
    }

    /** Whether a target the user named carries another name than its structural match: then it is not the same object. */
    boolean renamed(Name target, boolean explicitName, Name current) {
        return explicitName && (current == null || !key(target).equals(key(current)));
    }

    /** Comments compare as text, with empty and absent alike. */
    static boolean sameComment(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a, b == null || b.isBlank() ? null : b);
    }

    void add(Phase phase, Operation operation) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(operation);
    }

    Plan plan(List<RenameProposal> proposals) {
        List<Operation> operations = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            operations.addAll(phases.getOrDefault(phase, List.of()));
        }
        return new Plan(operations, notes, proposals);
    }
}
