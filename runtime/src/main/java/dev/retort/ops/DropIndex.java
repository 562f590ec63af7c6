package dev.retort.ops;

import dev.retort.model.Index;
import dev.retort.model.Name;
import java.util.Objects;

/**
 * {@code concurrently}: built (or dropped) without blocking writes to the table, where the database
 * can: PostgreSQL's {@code concurrently} (run outside the revision's transaction), MySQL's and
 * MariaDB's {@code algorithm=inplace lock=none}, Oracle's {@code online}; H2 has no such thing.
 */
public record DropIndex(Name table, Index index, boolean concurrently) implements Operation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    public DropIndex(Name table, Index index) {
        this(table, index, false);
    }

    /** This operation, run without blocking writes to the table. */
    public DropIndex withConcurrently() {
        return new DropIndex(table, index, true);
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public String describe() {
        return "drop index " + index.name() + " on " + table + (concurrently ? " concurrently" : "");
    }
}
