package dev.retort.ops;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Names;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * What a revision's {@code upgrade(Ops op)} and {@code downgrade(Ops op)} call. Each call records an
 * {@link Operation}; the runner renders the recorded operations with the running dialect, online or
 * as an offline script. Generated and hand-written revisions run through this one path.
 *
 * <p>The static factories build the values the calls take; revision files import them statically.
 */
public final class Ops {

    private final List<Operation> operations = new ArrayList<>();

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    public void createTable(Table table) {
        operations.add(new CreateTable(table));
    }

    public void dropTable(Table table) {
        operations.add(new DropTable(table));
    }

    public void renameTable(String from, String to) {
        operations.add(new RenameTable(Name.of(from), Name.of(to)));
    }

    public void renameColumn(String table, String from, String to) {
        operations.add(new RenameColumn(Name.of(table), Name.of(from), Name.of(to)));
    }

    public void alterTableComment(String table, String from, String to) {
        operations.add(new AlterTableComment(Name.of(table), from, to));
    }

    public void addColumn(String table, Column column) {
        operations.add(new AddColumn(Name.of(table), column));
    }

    public void dropColumn(String table, Column column) {
        operations.add(new DropColumn(Name.of(table), column));
    }

    public void alterColumn(String table, Column from, Column to) {
        operations.add(new AlterColumn(Name.of(table), from, to));
    }

    public void addPrimaryKey(String table, PrimaryKey primaryKey) {
        operations.add(new AddPrimaryKey(Name.of(table), primaryKey));
    }

    public void dropPrimaryKey(String table, PrimaryKey primaryKey) {
        operations.add(new DropPrimaryKey(Name.of(table), primaryKey));
    }

    public void createIndex(String table, Index index) {
        operations.add(new CreateIndex(Name.of(table), index));
    }

    public void dropIndex(String table, Index index) {
        operations.add(new DropIndex(Name.of(table), index));
    }

    public void addUnique(String table, UniqueConstraint unique) {
        operations.add(new AddUnique(Name.of(table), unique));
    }

    public void dropUnique(String table, UniqueConstraint unique) {
        operations.add(new DropUnique(Name.of(table), unique));
    }

    public void addForeignKey(String table, ForeignKey foreignKey) {
        operations.add(new AddForeignKey(Name.of(table), foreignKey));
    }

    public void dropForeignKey(String table, ForeignKey foreignKey) {
        operations.add(new DropForeignKey(Name.of(table), foreignKey));
    }

    public void addCheck(String table, CheckConstraint check) {
        operations.add(new AddCheck(Name.of(table), check));
    }

    public void dropCheck(String table, CheckConstraint check) {
        operations.add(new DropCheck(Name.of(table), check));
    }

    public void alterSequence(Sequence from, Sequence to) {
        operations.add(new AlterSequence(from, to));
    }

    public void createSequence(Sequence sequence) {
        operations.add(new CreateSequence(sequence));
    }

    public void dropSequence(Sequence sequence) {
        operations.add(new DropSequence(sequence));
    }

    /** Runs raw SQL as is (data migrations, anything the operations above do not cover). */
    public void execute(String sql) {
        operations.add(new ExecuteSql(sql));
    }

    /** Records an operation built elsewhere. */
    public void apply(Operation operation) {
        operations.add(operation);
    }

    public static Table table(String name) {
        return Table.of(name);
    }

    public static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    public static Index index(String name, String... columns) {
        return Index.of(name, columns);
    }

    public static Index uniqueIndex(String name, String... columns) {
        return Index.uniqueOf(name, columns);
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return UniqueConstraint.of(name, columns);
    }

    public static ForeignKey.Unfinished foreignKey(String name, String... columns) {
        return ForeignKey.of(name, columns);
    }

    public static Sequence sequence(String name) {
        return Sequence.of(name);
    }

    public static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(null, Names.of(columns));
    }

    /** A check the database names itself. */
    public static CheckConstraint check(String expression) {
        return CheckConstraint.of(expression);
    }

    public static CheckConstraint check(String name, String expression) {
        return CheckConstraint.named(name, expression);
    }
}
