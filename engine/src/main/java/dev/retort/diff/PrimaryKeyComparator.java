package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.DropPrimaryKey;
import java.util.List;

/** A primary key over other columns (in order) is dropped and added; its name never matters. */
final class PrimaryKeyComparator {

    private PrimaryKeyComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        List<String> wanted = target.primaryKey() == null ? List.of() : context.keys(target.primaryKey().columns());
        List<String> existing = current.primaryKey() == null ? List.of() : context.keys(current.primaryKey().columns());
        if (wanted.equals(existing)) {
            return;
        }
        if (current.primaryKey() != null) {
            context.add(Phase.DROP_INDEXES, new DropPrimaryKey(current.name(), current.primaryKey()));
        }
        if (target.primaryKey() != null) {
            context.add(Phase.CREATE_INDEXES, new AddPrimaryKey(target.name(), target.primaryKey()));
        }
    }
}
