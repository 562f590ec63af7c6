package dev.retort.diff;

import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import java.util.List;

/** Indexes, matched by their ordered columns and uniqueness, never by name (most names are generated). */
final class IndexComparator {

    private IndexComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<Index> indexes = Matching.of(target.indexes(), current.indexes(),
                index -> List.of(context.keys(index.columns()), index.unique()));
        indexes.removed().forEach(index -> context.add(Phase.DROP_INDEXES, new DropIndex(current.name(), index)));
        indexes.added().forEach(index -> context.add(Phase.CREATE_INDEXES, new CreateIndex(target.name(), index)));
    }
}
