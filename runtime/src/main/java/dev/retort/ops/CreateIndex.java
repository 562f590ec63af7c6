package dev.retort.ops;

import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Names;
import java.util.Objects;

/**
 * {@code concurrently}: built (or dropped) without blocking writes to the table, where the database
 * can: PostgreSQL's {@code concurrently} (run outside the revision's transaction), MySQL's and
 * MariaDB's {@code algorithm=inplace lock=none}, Oracle's {@code online}; H2 has no such thing.
 */
public record CreateIndex(Name table, Index index, boolean concurrently) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    public CreateIndex(Name table, Index index) {
        this(table, index, false);
    }

    /** This operation, run without blocking writes to the table. */
    public CreateIndex withConcurrently() {
        return new CreateIndex(table, index, true);
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " ("
                + Names.join(index.columns(), index.descending()) + ")" + (concurrently ? " concurrently" : "");
    }
}
