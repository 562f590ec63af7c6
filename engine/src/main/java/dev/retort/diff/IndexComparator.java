package dev.retort.diff;

import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import java.util.List;

/**
 * Plain (non-unique) indexes, matched by their ordered columns, never by name (most names are
 * generated). Unique indexes are uniqueness rules: {@link UniqueComparator}.
 */
final class IndexComparator {

    private IndexComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<Index> indexes = Matching.of(plain(target), plain(current), index -> List.of(context.keys(index.columns()), index.descending()))
                .unpairing(pair -> context.renamed(pair.target().name(), pair.target().explicitName(), pair.current().name()));
        indexes.removed().forEach(index -> context.add(Phase.DROP_INDEXES, new DropIndex(current.name(), index)));
        indexes.added().forEach(index -> context.add(Phase.CREATE_INDEXES, new CreateIndex(target.name(), index)));
    }

    private static List<Index> plain(Table table) {
        return table.indexes().stream().filter(index -> !index.unique()).toList();
    }
}
