package dev.retort.lint;

import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.model.TypeCode;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropTable;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.OutsideTransaction;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What takes which lock on PostgreSQL, and how much of the lock table one revision uses. */
final class PostgreSQLRules implements DatabaseRules {

    /** Half the default lock table (64 x 100 slots), which every session shares. */
    static final int LOCK_BUDGET = 3_200;

    private static final Pattern BLOCKING_INDEX = Pattern.compile("(?is)\\s*create\\s+(unique\\s+)?index\\s+(?!concurrently\\b).*");
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]|nextval)\\s*\\(");
    private static final Set<Integer> CHARACTERS = Set.of(TypeCode.VARCHAR, TypeCode.LONGVARCHAR, TypeCode.LONG32VARCHAR, TypeCode.NVARCHAR,
            TypeCode.LONGNVARCHAR, TypeCode.LONG32NVARCHAR, TypeCode.CLOB);

    @Override
    public void check(Operation operation, boolean existing, List<Finding> findings) {
        if (operation instanceof ExecuteSql raw && BLOCKING_INDEX.matcher(raw.sql()).matches()) {
            findings.add(new Finding(Rule.INDEX_BLOCKS_WRITES, operation.describe()));
        }
        if (!existing) {
            return;
        }
        if (operation instanceof CreateIndex create && !create.concurrently()) {
            findings.add(new Finding(Rule.INDEX_BLOCKS_WRITES, operation.describe()));
        } else if (operation instanceof AddForeignKey) {
            findings.add(new Finding(Rule.FOREIGN_KEY_VALIDATES, operation.describe()));
        } else if (operation instanceof AddCheck) {
            findings.add(new Finding(Rule.CHECK_VALIDATES, operation.describe()));
        } else if (operation instanceof AlterColumn alter) {
            if (alter.typeChanged() && rewrites(alter.from(), alter.to())) {
                findings.add(new Finding(Rule.TYPE_REWRITES, operation.describe()));
            }
            if (alter.nullabilityChanged() && !alter.to().nullable()) {
                findings.add(new Finding(Rule.NOT_NULL_SCANS, operation.describe()));
            }
        } else if (operation instanceof AddColumn add && add.column().defaultValue() != null && VOLATILE.matcher(add.column().defaultValue()).find()) {
            findings.add(new Finding(Rule.VOLATILE_DEFAULT, operation.describe()));
        }
    }

    /** A longer varchar, varchar to text, more digits at the same scale: only the catalog changes. Anything else rewrites. */
    private static boolean rewrites(Column from, Column to) {
        boolean characters = CHARACTERS.contains(from.type().code()) && CHARACTERS.contains(to.type().code());
        return !(from.type().widensTo(to.type()) && (characters || from.type().code() == to.type().code()
                && Objects.equals(from.type().scale(), to.type().scale())));
    }

    /**
     * A revision's transactional part locks each table it creates or drops with its indexes,
     * constraints' indexes, sequence and TOAST table, and each other table it changes; an estimate,
     * which matters only in the thousands.
     */
    @Override
    public void checkWhole(List<Operation> operations, List<Finding> findings) {
        int locks = 0;
        for (Operation operation : operations) {
            if (operation instanceof CreateTable create) {
                locks += locks(create.table());
            } else if (operation instanceof DropTable drop) {
                locks += locks(drop.table());
            } else if (!(operation instanceof OutsideTransaction)) { // a block's statements commit one by one
                locks += 1;
            }
        }
        if (locks > LOCK_BUDGET) {
            findings.add(new Finding(Rule.LOCK_BUDGET, "about " + locks + " locks in one transaction (" + operations.size() + " operations)"));
        }
    }

    /** A table known by name alone (a downgrade's drop) counts as a typical one: key, one index, identity, TOAST. */
    private static int locks(Table table) {
        if (table.columns().isEmpty()) {
            return 6;
        }
        boolean identity = table.columns().stream().anyMatch(Column::identity);
        return 3 + table.indexes().size() + table.uniques().size() + (table.primaryKey() == null ? 0 : 1) + (identity ? 1 : 0);
    }
}
