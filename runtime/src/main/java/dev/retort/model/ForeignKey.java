package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of its table to {@code referencedColumns} of
 * {@code referencedTable}. {@code explicitName} as for {@link Index}.
 */
public record ForeignKey(
        Name name,
        List<Name> columns,
        Name referencedTable,
        List<Name> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean explicitName) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs as many referenced columns as columns");
        }
    }

    public ForeignKey(Name name, List<Name> columns, Name referencedTable, List<Name> referencedColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, false);
    }

    /** Starts a foreign key in a revision file: {@code foreignKey("fk_x", "a_id").references("a", "id")}. */
    public static Unfinished of(String name, String... columns) {
        return new Unfinished(Name.of(name), Names.of(columns));
    }

    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate, explicitName);
    }

    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action, explicitName);
    }

    /** A foreign key still missing what it references. */
    public record Unfinished(Name name, List<Name> columns) {
        public ForeignKey references(String table, String... referencedColumns) {
            return new ForeignKey(name, columns, Name.of(table), Names.of(referencedColumns), null, null);
        }
    }
}
