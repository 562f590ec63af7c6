package dev.retort.diff;

import dev.retort.catalog.Catalog;
import dev.retort.dialect.Dialect;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the plan that takes the current schema to the target: a pure function of the two
 * schemas and the dialect's identity rules. One comparator per object kind; the {@link Phase}
 * order makes the plan runnable and its reverse the exact downgrade.
 */
public final class Differ {

    private final Dialect dialect;
    private final DiffOptions options;

    public Differ(Dialect dialect) {
        this(dialect, DiffOptions.DEFAULT);
    }

    public Differ(Dialect dialect, DiffOptions options) {
        this.dialect = dialect;
        this.options = options;
    }

    public Plan diff(Schema target, Schema databaseSchema) {
        DiffContext context = new DiffContext(dialect, options.renderedChecks());
        // names first, so the dialect pairs a renamed table or column with its target when aligning
        Schema spelled = Spelling.restate(databaseSchema, target, options.applied(), context);
        Schema current = Catalog.of(dialect).alignCurrent(target, RenameComparator.applyHints(target, spelled, options.renames(), context));
        Matching<Table> tables = Matching.of(target.tables(), current.tables(), table -> context.key(table.name()));
        target.tables().forEach(table -> context.markManaged(table.name()));
        for (Table table : tables.removed()) {
            if (options.droppable(table.name(), context)) {
                context.markManaged(table.name());
            } else {
                context.note("table " + table.name() + " is not managed by Retort (no entity maps it and no revision created it):"
                        + " left alone; --drop-unmanaged would drop it");
            }
        }
        List<RenameProposal> proposals = RenameComparator.propose(tables, context);
        SequenceComparator.compare(target.sequences(), current.sequences(), options, context);
        for (Table table : parentsFirst(tables.added(), context)) {
            create(table, context);
        }
        tables.matched().forEach(pair -> context.noteRetypedColumns(pair.target(), pair.current()));
        for (Matching.Pair<Table> pair : tables.matched()) {
            TableComparator.compare(pair.target(), pair.current(), context);
            ColumnComparator.compare(pair.target(), pair.current(), context);
            PrimaryKeyComparator.compare(pair.target(), pair.current(), context);
            CheckComparator.compare(pair.target(), pair.current(), context);
            UniqueComparator.compare(pair.target(), pair.current(), context);
            IndexComparator.compare(pair.target(), pair.current(), context);
            ForeignKeyComparator.compare(pair.target(), pair.current(), context);
        }
        List<Table> dropped = parentsFirst(tables.removed().stream().filter(table -> context.isManaged(table.name())).toList(), context);
        for (int i = dropped.size() - 1; i >= 0; i--) {
            drop(dropped.get(i), context);
        }
        return context.plan(proposals);
    }

    private static void create(Table table, DiffContext context) {
        context.add(Phase.CREATE_TABLES, new CreateTable(table.withoutIndexesAndForeignKeys()));
        for (Index index : table.indexes()) {
            context.add(Phase.CREATE_INDEXES, new CreateIndex(table.name(), index));
        }
        for (ForeignKey key : table.foreignKeys()) {
            context.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), key));
        }
    }

    private static void drop(Table table, DiffContext context) {
        for (ForeignKey key : table.foreignKeys()) {
            context.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table.name(), key));
        }
        for (Index index : table.indexes()) {
            context.add(Phase.DROP_INDEXES, new DropIndex(table.name(), index));
        }
        context.add(Phase.DROP_TABLES, new DropTable(table.withoutIndexesAndForeignKeys()));
    }

    /** Referenced tables before the tables that reference them; a cycle falls back to name order. */
    private static List<Table> parentsFirst(List<Table> tables, DiffContext context) {
        Map<String, Table> pending = new LinkedHashMap<>();
        tables.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(table -> pending.put(context.key(table.name()), table));
        List<Table> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            Table next = pending.values().stream()
                    .filter(table -> table.foreignKeys().stream().noneMatch(key -> {
                        String parent = context.key(key.referencedTable());
                        return pending.containsKey(parent) && !parent.equals(context.key(table.name()));
                    }))
                    .findFirst()
                    .orElse(pending.values().iterator().next());
            ordered.add(next);
            pending.remove(context.key(next.name()));
        }
        return ordered;
    }
}
