package dev.retort.catalog;

import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;
import java.util.List;

/** A table's keys as the catalog reports them, for telling the indexes the database made itself. */
public record TableKeys(String primaryKeyName, PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys) {

    public TableKeys {
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
    }
}
