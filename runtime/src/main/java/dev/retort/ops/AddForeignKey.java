package dev.retort.ops;

import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import dev.retort.model.Names;
import java.util.Objects;

public record AddForeignKey(Name table, ForeignKey foreignKey) implements Operation {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public DropForeignKey reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " " + table + " (" + Names.join(foreignKey.columns())
                + ") -> " + foreignKey.referencedTable() + " (" + Names.join(foreignKey.referencedColumns()) + ")";
    }
}
