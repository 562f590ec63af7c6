package dev.retort.ops;

import dev.retort.model.Column;
import dev.retort.model.Name;
import java.util.Objects;
import java.util.Optional;

public record AddColumn(Name table, Column column) implements Operation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.describe();
    }

    /** NOT NULL without a default cannot hold the rows already there. */
    @Override
    public Optional<String> warning() {
        if (column.nullable() || column.defaultValue() != null || column.identity()) {
            return Optional.empty();
        }
        return Optional.of("adds " + table + "." + column.name() + " NOT NULL without a default: fails if " + table
                + " has rows (MySQL and MariaDB fill them with an empty value instead)");
    }
}
