package dev.retort.ops;

import dev.retort.model.Name;
import dev.retort.model.Names;
import dev.retort.model.PrimaryKey;
import java.util.Objects;

public record AddPrimaryKey(Name table, PrimaryKey primaryKey) implements Operation {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public DropPrimaryKey reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public String describe() {
        return "add primary key on " + table + " (" + Names.join(primaryKey.columns()) + ")";
    }
}
