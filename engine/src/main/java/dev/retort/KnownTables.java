package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.HashSet;
import java.util.Set;

/** The tables Retort's applied revisions created (and did not drop): tables Retort may drop again. */
final class KnownTables {

    private KnownTables() {}

    static Set<String> of(RevisionGraph graph, Set<String> heads, Dialect dialect) {
        Set<String> applied = graph.ancestors(heads);
        Set<String> tables = new HashSet<>();
        for (RevisionInfo revision : graph.all()) {
            if (!applied.contains(revision.id())) {
                continue;
            }
            for (Operation operation : revision.upgradeOperations()) {
                if (operation instanceof CreateTable create) {
                    tables.add(dialect.key(create.table().name()));
                } else if (operation instanceof DropTable drop) {
                    tables.remove(dialect.key(drop.table().name()));
                } else if (operation instanceof RenameTable rename && tables.remove(dialect.key(rename.from()))) {
                    tables.add(dialect.key(rename.to()));
                }
            }
        }
        return tables;
    }
}
