package dev.retort.ops;

import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Names;
import java.util.Objects;

public record CreateIndex(Name table, Index index) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " ("
                + Names.join(index.columns(), index.descending()) + ")";
    }
}
