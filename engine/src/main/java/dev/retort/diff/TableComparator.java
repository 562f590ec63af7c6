package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.ops.AlterTableComment;

/** What belongs to a table itself rather than to its parts: its comment. */
final class TableComparator {

    private TableComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        if (!DiffContext.sameComment(target.comment(), current.comment())) {
            context.add(Phase.CHANGE_COLUMNS, new AlterTableComment(target.name(), current.comment(), target.comment()));
        }
    }
}
