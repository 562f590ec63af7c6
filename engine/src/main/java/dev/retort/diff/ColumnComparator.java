package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;

/** Columns added, dropped, or changed in type, nullability or default. */
final class ColumnComparator {

    private ColumnComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<Column> columns = Matching.of(target.columns(), current.columns(), column -> context.key(column.name()));
        columns.added().forEach(column -> context.add(Phase.CHANGE_COLUMNS, new AddColumn(target.name(), column)));
        for (Matching.Pair<Column> pair : columns.matched()) {
            Column wanted = pair.target();
            Column existing = pair.current();
            if (!context.dialect().sameType(wanted.type(), existing.type())
                    || wanted.nullable() != existing.nullable()
                    || !context.dialect().sameDefault(wanted.defaultValue(), existing.defaultValue())) {
                // The current side keeps the database's spelling of the name, so both carry one name.
                context.add(Phase.CHANGE_COLUMNS, new AlterColumn(target.name(), withName(existing, wanted), wanted));
            }
        }
        columns.removed().forEach(column -> context.add(Phase.CHANGE_COLUMNS, new DropColumn(current.name(), column)));
    }

    private static Column withName(Column column, Column named) {
        return new Column(named.name(), column.type(), column.nullable(), column.defaultValue(), column.identity(), column.comment());
    }
}
