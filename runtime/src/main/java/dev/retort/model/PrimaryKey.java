package dev.retort.model;

import java.util.List;

/** A primary key. Its name is kept for the record but never compared: databases name it themselves. */
public record PrimaryKey(Name name, List<Name> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }
}
