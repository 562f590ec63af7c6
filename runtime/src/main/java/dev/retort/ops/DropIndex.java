package dev.retort.ops;

import dev.retort.model.Index;
import dev.retort.model.Name;
import java.util.Objects;

public record DropIndex(Name table, Index index) implements Operation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public String describe() {
        return "drop index " + index.name() + " on " + table;
    }
}
