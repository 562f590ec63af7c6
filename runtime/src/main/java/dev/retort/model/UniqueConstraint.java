package dev.retort.model;

import java.util.List;
import java.util.Objects;

/** A unique constraint. Columns keep their order. {@code explicitName} as for {@link Index}. */
public record UniqueConstraint(Name name, List<Name> columns, boolean explicitName) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs at least one column");
        }
    }

    public UniqueConstraint(Name name, List<Name> columns) {
        this(name, columns, false);
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(Name.of(name), Names.of(columns));
    }
}
