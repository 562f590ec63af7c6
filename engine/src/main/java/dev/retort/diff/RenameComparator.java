package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.Name;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renames: those the user vouches for are applied first (the current schema is restated with the
 * new names and the rename operations lead the plan); a drop and an add that merely look like a
 * rename become proposals, never operations.
 */
final class RenameComparator {

    private RenameComparator() {}

    static Schema applyHints(Schema target, Schema current, List<RenameHint> hints, DiffContext context) {
        Schema renamed = current;
        for (RenameHint hint : hints.stream().filter(RenameHint::isTableRename).toList()) {
            if (table(renamed, hint.from(), context).isPresent() && table(renamed, hint.to(), context).isEmpty()
                    && table(target, hint.to(), context).isPresent()) {
                Name to = table(target, hint.to(), context).get().name(); // as the entity spells it, not as the hint was typed
                context.add(Phase.RENAMES, new RenameTable(table(renamed, hint.from(), context).get().name(), to));
                renamed = Renames.renameTable(renamed, hint.from(), to, context);
            } else {
                context.note("rename " + hint + " does not apply: the database needs table " + hint.from()
                        + " and no " + hint.to() + ", and the entities a table " + hint.to());
            }
        }
        for (RenameHint hint : hints.stream().filter(hint -> !hint.isTableRename()).toList()) {
            Optional<Table> table = table(renamed, hint.table(), context);
            Optional<Table> wanted = table(target, hint.table(), context);
            if (table.isPresent() && wanted.isPresent() && column(table.get(), hint.from(), context).isPresent()
                    && column(table.get(), hint.to(), context).isEmpty() && column(wanted.get(), hint.to(), context).isPresent()) {
                Name from = column(table.get(), hint.from(), context).get().name();
                Name to = column(wanted.get(), hint.to(), context).get().name();
                context.add(Phase.RENAMES, new RenameColumn(wanted.get().name(), from, to));
                renamed = Renames.renameColumn(renamed, hint.table(), hint.from(), to, context);
            } else {
                context.note("rename " + hint + " does not apply: the database needs column " + hint.table() + "." + hint.from()
                        + " and no " + hint.to() + ", and the entities a column " + hint.table() + "." + hint.to());
            }
        }
        return renamed;
    }

    /**
     * One dropped and one added column of the same type and nullability in a table, or a dropped
     * and an added table with the same columns, look like a rename.
     */
    static List<RenameProposal> propose(Matching<Table> tables, DiffContext context) {
        List<RenameProposal> proposals = new ArrayList<>();
        for (Matching.Pair<Table> pair : tables.matched()) {
            Matching<Column> columns = Matching.of(pair.target().columns(), pair.current().columns(), column -> context.key(column.name()));
            if (columns.added().size() == 1 && columns.removed().size() == 1) {
                Column added = columns.added().get(0);
                Column removed = columns.removed().get(0);
                if (added.nullable() == removed.nullable() && context.dialect().sameType(added.type(), removed.type())) {
                    proposals.add(new RenameProposal(new RenameHint(pair.target().name(), removed.name(), added.name()),
                            "column " + removed.name() + " is dropped and " + added.name() + " added, both " + added.type().describe()));
                }
            }
        }
        for (Table removed : tables.removed().stream().filter(table -> context.isManaged(table.name())).toList()) { // others are never dropped
            List<Table> alike = tables.added().stream().filter(added -> sameColumns(added, removed, context)).toList();
            if (alike.size() == 1) {
                proposals.add(new RenameProposal(new RenameHint(null, removed.name(), alike.get(0).name()),
                        "table " + removed.name() + " is dropped and " + alike.get(0).name() + " created with the same columns"));
            }
        }
        return proposals;
    }

    private static boolean sameColumns(Table a, Table b, DiffContext context) {
        Matching<Column> columns = Matching.of(a.columns(), b.columns(), column -> context.key(column.name()));
        return columns.added().isEmpty() && columns.removed().isEmpty()
                && columns.matched().stream().allMatch(pair -> context.dialect().sameType(pair.target().type(), pair.current().type()));
    }

    private static Optional<Table> table(Schema schema, Name name, DiffContext context) {
        return schema.tables().stream().filter(table -> context.key(table.name()).equals(context.key(name))).findFirst();
    }

    private static Optional<Column> column(Table table, Name name, DiffContext context) {
        return table.columns().stream().filter(column -> context.key(column.name()).equals(context.key(name))).findFirst();
    }
}
