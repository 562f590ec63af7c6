package dev.retort.ops;

import dev.retort.model.Name;
import dev.retort.model.Names;
import dev.retort.model.UniqueConstraint;
import java.util.Objects;

public record AddUnique(Name table, UniqueConstraint unique) implements Operation {

    public AddUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public DropUnique reverse() {
        return new DropUnique(table, unique);
    }

    @Override
    public String describe() {
        return "add unique constraint " + unique.name() + " on " + table + " (" + Names.join(unique.columns()) + ")";
    }
}
