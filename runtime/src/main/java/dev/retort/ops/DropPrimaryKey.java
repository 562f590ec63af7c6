package dev.retort.ops;

import dev.retort.model.Name;
import dev.retort.model.Names;
import dev.retort.model.PrimaryKey;
import java.util.Objects;
import java.util.Optional;

public record DropPrimaryKey(Name table, PrimaryKey primaryKey) implements Operation {

    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public AddPrimaryKey reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public String describe() {
        return "drop primary key on " + table + " (" + Names.join(primaryKey.columns()) + ")";
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("drops the primary key of " + table + ": rows may then duplicate (" + Names.join(primaryKey.columns()) + ")");
    }
}
