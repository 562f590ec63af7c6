package dev.retort.ops;

import dev.retort.model.Column;
import dev.retort.model.Name;
import java.util.Objects;

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
}
