package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;

/** Columns added, dropped, or changed in type, nullability, default, identity or comment. */
final class ColumnComparator {

    private ColumnComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<Column> columns = Matching.of(target.columns(), current.columns(), column -> context.key(column.name()));
        columns.added().forEach(column -> context.add(Phase.CHANGE_COLUMNS, new AddColumn(target.name(), column)));
        for (Matching.Pair<Column> pair : columns.matched()) {
            Column from = asTheTargetSpellsIt(pair.current(), pair.target(), context);
            if (!from.equals(pair.target())) {
                context.add(Phase.CHANGE_COLUMNS, new AlterColumn(target.name(), from, pair.target()));
            }
        }
        columns.removed().forEach(column -> context.add(Phase.CHANGE_COLUMNS, new DropColumn(current.name(), column)));
    }

    /**
     * The current column with every aspect the dialect deems equal to the target's spelled as the
     * target spells it, so an {@link AlterColumn} names exactly what changes (and MariaDB's
     * {@code DECIMAL} is not "changed" into the {@code NUMERIC} it already is).
     */
    private static Column asTheTargetSpellsIt(Column current, Column target, DiffContext context) {
        return new Column(
                target.name(),
                context.dialect().sameType(target.type(), current.type()) ? target.type() : current.type(),
                current.nullable(),
                context.dialect().sameDefault(target.defaultValue(), current.defaultValue()) ? target.defaultValue() : current.defaultValue(),
                current.identity(),
                DiffContext.sameComment(target.comment(), current.comment()) ? target.comment() : current.comment());
    }
}
