package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A (non-constraint) index; {@code unique} for a unique index. Columns keep their order.
 * {@code explicitName} says the user chose the name, so a different name is a real change; other
 * names are generated and never compared.
 */
public record Index(Name name, List<Name> columns, boolean unique, boolean explicitName) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
    }

    public Index(Name name, List<Name> columns, boolean unique) {
        this(name, columns, unique, false);
    }

    public static Index of(String name, String... columns) {
        return new Index(Name.of(name), Names.of(columns), false);
    }

    public static Index uniqueOf(String name, String... columns) {
        return new Index(Name.of(name), Names.of(columns), true);
    }
}
