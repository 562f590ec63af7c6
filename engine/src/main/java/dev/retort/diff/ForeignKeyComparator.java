package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import dev.retort.model.Table;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.DropForeignKey;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Foreign keys, matched by what they mean (columns, referenced table and columns, rules), not by
 * name. A changed rule is a drop and an add: no database alters a foreign key in place. A kept key
 * is dropped and added back around changes it cannot stay through (its columns' types, its index).
 */
final class ForeignKeyComparator {

    private ForeignKeyComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<ForeignKey> keys = Matching.of(target.foreignKeys(), current.foreignKeys(), key -> List.of(
                context.keys(key.columns()),
                context.key(key.referencedTable()),
                context.keys(key.referencedColumns()),
                key.onDelete(),
                key.onUpdate()))
                .unpairing(pair -> context.renamed(pair.target().name(), pair.target().explicitName(), pair.current().name()));
        keys.removed().stream()
                .filter(key -> context.isManaged(key.referencedTable())) // a reference to a table Retort leaves alone stays
                .forEach(key -> context.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(current.name(), key)));
        keys.added().forEach(key -> context.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(target.name(), key)));
        keys.matched().stream()
                .filter(pair -> retyped(pair.current(), current, context)
                        || (context.dialect().foreignKeysHoldIndexes() && supportChanges(pair.current(), target, current, context)))
                .forEach(pair -> {
                    context.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(current.name(), pair.current()));
                    context.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(target.name(), pair.target()));
                });
    }

    /**
     * A column a foreign key joins may not be able to change type under it (MariaDB refuses any such
     * change, PostgreSQL one to a type the other end cannot compare with; {@code
     * Dialect.foreignKeysSurvive}): a kept key over, or to, such a column is dropped before and added
     * back after, as its types then agree again.
     */
    private static boolean retyped(ForeignKey key, Table current, DiffContext context) {
        return context.retyped(current.name(), key.columns()) || context.retyped(key.referencedTable(), key.referencedColumns());
    }

    /**
     * Where a foreign key holds on to an index covering its columns, that index cannot be dropped
     * while the key exists. When the covering indexes of a kept key are dropped, or created (the
     * downgrade drops them), and none stays, the key is dropped before and added back after.
     */
    private static boolean supportChanges(ForeignKey key, Table target, Table current, DiffContext context) {
        Set<String> before = covering(key, current, context);
        Set<String> after = covering(key, target, context);
        return !before.equals(after) && Collections.disjoint(before, after);
    }

    /** The table's keys and indexes whose leading columns are the foreign key's, described by kind and columns. */
    private static Set<String> covering(ForeignKey key, Table table, DiffContext context) {
        List<String> columns = context.keys(key.columns());
        Set<String> covering = new HashSet<>();
        BiConsumer<String, List<Name>> consider = (kind, names) -> {
            List<String> keys = context.keys(names);
            if (keys.size() >= columns.size() && keys.subList(0, columns.size()).equals(columns)) {
                covering.add(kind + " " + keys);
            }
        };
        if (table.primaryKey() != null) {
            consider.accept("primary key", table.primaryKey().columns());
        }
        table.indexes().forEach(index -> consider.accept(index.unique() ? "unique" : "index", index.columns()));
        table.uniques().forEach(unique -> consider.accept("unique", unique.columns()));
        return covering;
    }
}
