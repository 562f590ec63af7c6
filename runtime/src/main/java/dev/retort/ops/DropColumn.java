package dev.retort.ops;

import dev.retort.model.Column;
import dev.retort.model.Name;
import java.util.Objects;
import java.util.Optional;

/** Drops a column; holds its whole definition so the reverse re-adds it exactly. */
public record DropColumn(Name table, Column column) implements Operation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column.name();
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("drops column " + table + "." + column.name() + " and its data");
    }
}
