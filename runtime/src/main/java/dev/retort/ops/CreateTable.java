package dev.retort.ops;

import dev.retort.model.Table;
import java.util.Objects;

/** Creates a table with its columns, primary key and unique constraints (indexes and foreign keys are separate). */
public record CreateTable(Table table) implements Operation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
