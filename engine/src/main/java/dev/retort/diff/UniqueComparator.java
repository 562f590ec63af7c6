package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddUnique;
import dev.retort.ops.DropUnique;
import java.util.Set;

/** Unique constraints, matched by their set of columns: the order inside a unique constraint changes nothing. */
final class UniqueComparator {

    private UniqueComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<UniqueConstraint> uniques = Matching.of(target.uniques(), current.uniques(),
                unique -> Set.copyOf(context.keys(unique.columns())));
        uniques.removed().forEach(unique -> context.add(Phase.DROP_INDEXES, new DropUnique(current.name(), unique)));
        uniques.added().forEach(unique -> context.add(Phase.CREATE_INDEXES, new AddUnique(target.name(), unique)));
    }
}
