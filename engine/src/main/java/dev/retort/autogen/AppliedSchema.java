package dev.retort.autogen;

import dev.retort.dialect.Dialect;
import dev.retort.model.Column;
import dev.retort.model.Name;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.OutsideTransaction;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables (with their columns) and sequences Retort's applied revisions created and did not
 * drop, spelled as the revisions spell them: what Retort may drop again, and how to name what the
 * entities no longer map so that a revision means the same on every database.
 */
final class AppliedSchema {

    private final Dialect dialect;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();

    private AppliedSchema(Dialect dialect) {
        this.dialect = dialect;
    }

    static Schema of(RevisionGraph graph, Set<String> heads, Dialect dialect) {
        Set<String> applied = graph.ancestors(heads);
        AppliedSchema schema = new AppliedSchema(dialect);
        for (RevisionInfo revision : graph.all()) {
            if (applied.contains(revision.id())) {
                OutsideTransaction.flatten(revision.upgradeOperations()).forEach(schema::apply);
            }
        }
        return new Schema(List.copyOf(schema.tables.values()), List.copyOf(schema.sequences.values()));
    }

    /** Only what creates, renames or drops a table, a column or a sequence changes what exists and how it is spelled. */
    private void apply(Operation operation) {
        if (operation instanceof CreateTable create) {
            tables.put(dialect.key(create.table().name()), create.table());
        } else if (operation instanceof DropTable drop) {
            tables.remove(dialect.key(drop.table().name()));
        } else if (operation instanceof RenameTable rename) {
            Table table = tables.remove(dialect.key(rename.from()));
            if (table != null) {
                tables.put(dialect.key(rename.to()), new Table(rename.to(), table.columns(), table.primaryKey(), table.indexes(),
                        table.uniques(), table.foreignKeys(), table.checks(), table.comment()));
            }
        } else if (operation instanceof AddColumn add) {
            tables.computeIfPresent(dialect.key(add.table()), (key, table) -> table.column(add.column()));
        } else if (operation instanceof DropColumn drop) {
            tables.computeIfPresent(dialect.key(drop.table()), (key, table) -> table.columns(table.columns().stream()
                    .filter(column -> !sameName(column.name(), drop.column().name())).toList()));
        } else if (operation instanceof RenameColumn rename) {
            tables.computeIfPresent(dialect.key(rename.table()), (key, table) -> table.columns(table.columns().stream()
                    .map(column -> sameName(column.name(), rename.from()) ? renamed(column, rename.to()) : column).toList()));
        } else if (operation instanceof CreateSequence create) {
            sequences.put(dialect.key(create.sequence().name()), create.sequence());
        } else if (operation instanceof DropSequence drop) {
            sequences.remove(dialect.key(drop.sequence().name()));
        }
    }

    private boolean sameName(Name a, Name b) {
        return dialect.key(a).equals(dialect.key(b));
    }

    private static Column renamed(Column column, Name name) {
        return new Column(name, column.type(), column.nullable(), column.defaultValue(), column.identity(), column.comment());
    }
}
