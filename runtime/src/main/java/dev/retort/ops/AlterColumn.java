package dev.retort.ops;

import dev.retort.model.Column;
import dev.retort.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Changes a column's type, nullability or default. Holds both definitions (MySQL's MODIFY needs the whole column). */
public record AlterColumn(Name table, Column from, Column to) implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alterColumn cannot rename " + from.name() + " to " + to.name());
        }
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from);
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean defaultChanged() {
        return !Objects.equals(from.defaultValue(), to.defaultValue());
    }

    public boolean identityChanged() {
        return from.identity() != to.identity();
    }

    public boolean commentChanged() {
        return !Objects.equals(from.comment(), to.comment());
    }

    @Override
    public String describe() {
        List<String> changes = new ArrayList<>();
        if (typeChanged()) {
            changes.add("type " + from.type().describe() + " -> " + to.type().describe());
        }
        if (nullabilityChanged()) {
            changes.add(to.nullable() ? "NULL" : "NOT NULL");
        }
        if (defaultChanged()) {
            changes.add("default " + from.defaultValue() + " -> " + to.defaultValue());
        }
        if (identityChanged()) {
            changes.add(to.identity() ? "identity" : "no identity");
        }
        if (commentChanged()) {
            changes.add(to.comment() == null ? "comment removed" : "comment");
        }
        return "alter column " + table + "." + to.name() + " " + String.join(", ", changes);
    }

    /** Adding NOT NULL and narrowing a type can fail on existing rows or cut their values; widening cannot. */
    @Override
    public Optional<String> warning() {
        List<String> hazards = new ArrayList<>();
        if (nullabilityChanged() && !to.nullable()) {
            hazards.add("makes " + table + "." + to.name() + " NOT NULL: fails if a row holds NULL");
        }
        if (typeChanged() && !from.type().widensTo(to.type())) {
            hazards.add("narrows " + table + "." + to.name() + " from " + from.type().describe() + " to " + to.type().describe()
                    + ": values that do not fit fail or are cut");
        }
        return hazards.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", hazards));
    }
}
