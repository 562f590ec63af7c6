package dev.retort.ops;

import dev.retort.model.Name;
import java.util.Objects;

/** Renames a table; its rows, columns, keys, indexes and the foreign keys pointing at it stay. */
public record RenameTable(Name from, Name to) implements Operation {

    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameTable reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to;
    }
}
