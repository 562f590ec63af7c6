package dev.retort.ops;

import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import java.util.Objects;

public record DropForeignKey(Name table, ForeignKey foreignKey) implements Operation {

    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public AddForeignKey reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public String describe() {
        return "drop foreign key " + foreignKey.name() + " on " + table;
    }
}
