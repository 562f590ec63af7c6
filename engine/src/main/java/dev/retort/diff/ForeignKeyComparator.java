package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Table;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.DropForeignKey;
import java.util.List;

/**
 * Foreign keys, matched by what they mean (columns, referenced table and columns, rules), not by
 * name. A changed rule is a drop and an add: no database alters a foreign key in place.
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
    }
}
