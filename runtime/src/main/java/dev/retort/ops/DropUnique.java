package dev.retort.ops;

import dev.retort.model.Name;
import dev.retort.model.Names;
import dev.retort.model.UniqueConstraint;
import java.util.Objects;
import java.util.Optional;

public record DropUnique(Name table, UniqueConstraint unique) implements Operation {

    public DropUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public AddUnique reverse() {
        return new AddUnique(table, unique);
    }

    @Override
    public String describe() {
        return "drop unique constraint " + unique.name() + " on " + table;
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("drops uniqueness of " + table + " (" + Names.join(unique.columns())
                + "): re-adding it fails once duplicates exist");
    }
}
