package dev.retort.scenarios;

import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUnique;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Operations as short, database-independent lines for scenario expectations: what kind of change
 * to which object, by the columns it covers; generated names and each database's spelling of
 * types and expressions are left out.
 */
final class Summaries {

    private Summaries() {}

    static List<String> of(List<Operation> operations) {
        return operations.stream().map(Summaries::of).sorted().toList();
    }

    static String of(Operation operation) {
        if (operation instanceof CreateTable op) {
            return "create table " + name(op.table().name());
        } else if (operation instanceof DropTable op) {
            return "drop table " + name(op.table().name());
        } else if (operation instanceof AlterTableComment op) {
            return "comment table " + name(op.table());
        } else if (operation instanceof AddColumn op) {
            return "add column " + name(op.table()) + "." + name(op.column().name());
        } else if (operation instanceof DropColumn op) {
            return "drop column " + name(op.table()) + "." + name(op.column().name());
        } else if (operation instanceof AlterColumn op) {
            return "alter column " + name(op.table()) + "." + name(op.to().name()) + ": " + aspects(op);
        } else if (operation instanceof AddPrimaryKey op) {
            return "add primary key " + name(op.table()) + columns(op.primaryKey().columns());
        } else if (operation instanceof DropPrimaryKey op) {
            return "drop primary key " + name(op.table()) + columns(op.primaryKey().columns());
        } else if (operation instanceof CreateIndex op) {
            return "create " + (op.index().unique() ? "unique " : "") + "index " + name(op.table()) + columns(op.index());
        } else if (operation instanceof DropIndex op) {
            return "drop " + (op.index().unique() ? "unique " : "") + "index " + name(op.table()) + columns(op.index());
        } else if (operation instanceof AddUnique op) {
            return "add unique " + name(op.table()) + columns(op.unique().columns());
        } else if (operation instanceof DropUnique op) {
            return "drop unique " + name(op.table()) + columns(op.unique().columns());
        } else if (operation instanceof AddForeignKey op) {
            return "add foreign key " + name(op.table()) + columns(op.foreignKey().columns()) + " -> "
                    + name(op.foreignKey().referencedTable()) + rule(op.foreignKey().onDelete());
        } else if (operation instanceof DropForeignKey op) {
            return "drop foreign key " + name(op.table()) + columns(op.foreignKey().columns()) + " -> "
                    + name(op.foreignKey().referencedTable()) + rule(op.foreignKey().onDelete());
        } else if (operation instanceof AddCheck op) {
            return "add check " + name(op.table());
        } else if (operation instanceof DropCheck op) {
            return "drop check " + name(op.table());
        } else if (operation instanceof CreateSequence op) {
            return "create sequence " + name(op.sequence().name());
        } else if (operation instanceof DropSequence op) {
            return "drop sequence " + name(op.sequence().name());
        } else if (operation instanceof AlterSequence op) {
            return "alter sequence " + name(op.to().name()) + ": " + (op.startChanged() ? "start" : "")
                    + (op.startChanged() && op.incrementChanged() ? "," : "") + (op.incrementChanged() ? "increment" : "");
        }
        return operation.describe().toLowerCase(Locale.ROOT);
    }

    private static String aspects(AlterColumn op) {
        List<String> aspects = new ArrayList<>();
        if (op.typeChanged()) {
            aspects.add("type");
        }
        if (op.nullabilityChanged()) {
            aspects.add("nullability");
        }
        if (op.defaultChanged()) {
            aspects.add("default");
        }
        if (op.identityChanged()) {
            aspects.add("identity");
        }
        if (op.commentChanged()) {
            aspects.add("comment");
        }
        return String.join(",", aspects);
    }

    private static String rule(ReferentialAction onDelete) {
        return onDelete == ReferentialAction.NO_ACTION ? "" : " on delete " + onDelete.sql().toLowerCase(Locale.ROOT);
    }

    private static String name(Name name) {
        return name.text().toLowerCase(Locale.ROOT);
    }

    private static String columns(List<Name> names) {
        return names.stream().map(Summaries::name).collect(Collectors.joining(",", "(", ")"));
    }
    /** An index's columns, a descending one marked: {@code (title,published desc)}. */
    private static String columns(Index index) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            columns.add(name(index.columns().get(i)) + (index.descending().get(i) ? " desc" : ""));
        }
        return "(" + String.join(",", columns) + ")";
    }

}
