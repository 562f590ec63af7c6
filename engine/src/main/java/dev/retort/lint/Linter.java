package dev.retort.lint;

import dev.retort.config.Online;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.MySQLDialect;
import dev.retort.model.Name;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUnique;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheck;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUnique;
import dev.retort.ops.Operation;
import dev.retort.ops.OutsideTransaction;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.revision.Acknowledged;
import dev.retort.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a revision's upgrade for what loses data, locks a busy table or breaks the application
 * version still running during a deploy ({@link Rule}). The rules every database shares are here;
 * what locks what is each database's ({@link DatabaseRules}). A table the revision itself creates
 * holds no rows and has no readers, so most rules leave it alone.
 */
public final class Linter {

    private final Dialect dialect;
    private final DatabaseRules rules;

    private Linter(Dialect dialect, DatabaseRules rules) {
        this.dialect = dialect;
        this.rules = rules;
    }

    public static Linter of(Dialect dialect) {
        return of(dialect, false);
    }

    /**
     * As {@link #of(Dialect)}, with the online settings the revision will run under: with
     * {@code online.engine=pt-osc} a large table's copy runs online, so RT301 does not apply.
     */
    public static Linter of(Dialect dialect, Online online) {
        return of(dialect, online.engine().equals(Online.PT_OSC));
    }

    private static Linter of(Dialect dialect, boolean copiesOnline) {
        return new Linter(dialect, dialect instanceof MySQLDialect mysql ? new MySQLRules(mysql, copiesOnline) // MariaDB's too
                : dialect.kind() == DatabaseKind.POSTGRESQL ? new PostgreSQLRules() : DatabaseRules.NONE);
    }

    /** What the revision's upgrade breaks, each finding it acknowledges marked with its reason. */
    public List<Finding> lint(RevisionInfo revision) {
        Map<String, String> acknowledged = new HashMap<>();
        for (Acknowledged acknowledgement : revision.migration().getClass().getAnnotationsByType(Acknowledged.class)) {
            acknowledged.put(acknowledgement.value(), acknowledgement.reason());
        }
        List<Finding> findings = new ArrayList<>(lint(revision.upgradeOperations()));
        List<Finding> downgrade = new ArrayList<>();
        rules.checkWhole(revision.downgradeOperations(), downgrade); // one transaction too: the lock budget
        downgrade.forEach(finding -> findings.add(new Finding(finding.rule(), "downgrade: " + finding.what())));
        return findings.stream()
                .map(finding -> acknowledged.containsKey(finding.rule().code()) ? finding.acknowledging(acknowledged.get(finding.rule().code())) : finding)
                .toList();
    }

    /** What these operations, run as one revision's upgrade, break. */
    public List<Finding> lint(List<Operation> operations) {
        List<Finding> findings = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (Operation operation : OutsideTransaction.flatten(operations)) {
            Name table = table(operation);
            boolean existing = table != null && !created.contains(dialect.key(table));
            if (existing) {
                shared(operation, findings);
            }
            rules.check(operation, existing, findings);
            if (operation instanceof CreateTable create) {
                created.add(dialect.key(create.table().name()));
            }
        }
        rules.checkWhole(operations, findings);
        return findings;
    }

    /** The rules of every database, for an operation on a table that was there before the revision. */
    private static void shared(Operation operation, List<Finding> findings) {
        if (operation instanceof DropTable) {
            findings.add(new Finding(Rule.DROP_TABLE, operation.describe()));
        } else if (operation instanceof DropColumn) {
            findings.add(new Finding(Rule.DROP_COLUMN, operation.describe()));
        } else if (operation instanceof DropSequence) {
            findings.add(new Finding(Rule.DROP_SEQUENCE, operation.describe()));
        } else if (operation instanceof AlterColumn alter) {
            if (alter.typeChanged() && !alter.from().type().widensTo(alter.to().type())) {
                findings.add(new Finding(Rule.NARROWING, operation.describe()));
            }
            if (alter.nullabilityChanged() && !alter.to().nullable()) {
                findings.add(new Finding(Rule.SET_NOT_NULL, operation.describe()));
            }
        } else if (operation instanceof DropUnique || operation instanceof DropIndex drop && drop.index().unique()) {
            findings.add(new Finding(Rule.DROP_UNIQUE, operation.describe()));
        } else if (operation instanceof RenameTable || operation instanceof RenameColumn) {
            findings.add(new Finding(Rule.RENAME, operation.describe()));
        } else if (operation instanceof AddColumn add && !add.column().nullable() && add.column().defaultValue() == null
                && !add.column().identity()) {
            findings.add(new Finding(Rule.NOT_NULL_WITHOUT_DEFAULT, operation.describe()));
        }
    }

    /** The table an operation changes, or null (sequences, raw SQL). */
    private static Name table(Operation operation) {
        if (operation instanceof CreateTable op) {
            return op.table().name();
        } else if (operation instanceof DropTable op) {
            return op.table().name();
        } else if (operation instanceof RenameTable op) {
            return op.from();
        } else if (operation instanceof RenameColumn op) {
            return op.table();
        } else if (operation instanceof AlterTableComment op) {
            return op.table();
        } else if (operation instanceof AddColumn op) {
            return op.table();
        } else if (operation instanceof DropColumn op) {
            return op.table();
        } else if (operation instanceof AlterColumn op) {
            return op.table();
        } else if (operation instanceof AddPrimaryKey op) {
            return op.table();
        } else if (operation instanceof DropPrimaryKey op) {
            return op.table();
        } else if (operation instanceof CreateIndex op) {
            return op.table();
        } else if (operation instanceof DropIndex op) {
            return op.table();
        } else if (operation instanceof AddUnique op) {
            return op.table();
        } else if (operation instanceof DropUnique op) {
            return op.table();
        } else if (operation instanceof AddForeignKey op) {
            return op.table();
        } else if (operation instanceof DropForeignKey op) {
            return op.table();
        } else if (operation instanceof AddCheck op) {
            return op.table();
        } else if (operation instanceof DropCheck op) {
            return op.table();
        }
        return null;
    }
}
