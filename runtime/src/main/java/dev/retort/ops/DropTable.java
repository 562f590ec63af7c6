package dev.retort.ops;

import dev.retort.model.Table;
import java.util.Objects;
import java.util.Optional;

/** Drops a table; holds it whole so the reverse recreates it. */
public record DropTable(Table table) implements Operation {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    @Override
    public String describe() {
        return "drop table " + table.name();
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("drops table " + table.name() + " and every row in it");
    }
}
