package dev.retort.ops;

import dev.retort.model.Name;
import java.util.Objects;

/** Renames a column, keeping its data and the indexes and constraints on it. */
public record RenameColumn(Name table, Name from, Name to) implements Operation {

    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameColumn reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + from + " to " + to;
    }
}
