package dev.retort.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A (non-constraint) index; {@code unique} for a unique index. Columns keep their order, and each
 * its direction: {@code descending} lists, for each column, whether it is sorted high to low
 * ({@code @Index(columnList = "created_at desc")}). {@code explicitName} says the user chose the
 * name, so a different name is a real change; other names are generated and never compared.
 */
public record Index(Name name, List<Name> columns, boolean unique, boolean explicitName, List<Boolean> descending) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
        descending = descending == null || descending.isEmpty() ? Collections.nCopies(columns.size(), false) : List.copyOf(descending);
        if (descending.size() != columns.size()) {
            throw new IllegalArgumentException("index " + name + " needs a direction for each of its columns");
        }
    }

    public Index(Name name, List<Name> columns, boolean unique, boolean explicitName) {
        this(name, columns, unique, explicitName, List.of());
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

    /** The same index with these of its columns sorted high to low: {@code index("ix_t_at", "at").desc("at")}. */
    public Index desc(String... columnNames) {
        List<Boolean> directions = new ArrayList<>(descending);
        for (String column : columnNames) {
            int position = columns.indexOf(Name.of(column));
            if (position < 0) {
                throw new IllegalArgumentException("index " + name + " has no column " + column);
            }
            directions.set(position, true);
        }
        return new Index(name, columns, unique, explicitName, directions);
    }

    /** The same index over other spellings of its columns, each keeping its direction. */
    public Index withColumns(List<Name> renamed) {
        return new Index(name, renamed, unique, explicitName, descending);
    }

    /** Whether any column is sorted high to low. */
    public boolean anyDescending() {
        return descending.contains(true);
    }
}
