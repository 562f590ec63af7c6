package dev.retort.lint;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeCode;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.Operation;
import java.util.List;

/**
 * What MySQL and MariaDB cannot change in place while the table is written: most type changes and
 * a new primary key copy the table (ALGORITHM=COPY). Adding columns and indexes, dropping them and
 * renaming run in place or instantly on the versions Retort supports.
 */
final class MySQLRules implements DatabaseRules {

    /** utf8mb4: a varchar of up to 63 characters takes one length byte, a longer one two. */
    private static final long ONE_LENGTH_BYTE = 63;

    @Override
    public void check(Operation operation, boolean existing, List<Finding> findings) {
        if (!existing) {
            return;
        }
        if (operation instanceof AlterColumn alter && alter.typeChanged() && !inPlace(alter.from().type(), alter.to().type())
                || operation instanceof AddPrimaryKey || operation instanceof DropPrimaryKey) {
            findings.add(new Finding(Rule.TABLE_COPY, operation.describe()));
        }
    }

    /** Only a longer varchar that keeps its number of length bytes changes in place. */
    private static boolean inPlace(ColumnType from, ColumnType to) {
        return from.code() == TypeCode.VARCHAR && to.code() == TypeCode.VARCHAR && from.widensTo(to) && from.length() != null
                && to.length() != null && (from.length() <= ONE_LENGTH_BYTE) == (to.length() <= ONE_LENGTH_BYTE);
    }
}
