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

    private List<Operation> operations = new ArrayList<>(); // inside outsideTransaction(...), that block's

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    public void createTable(Table table) {
        operations.add(new CreateTable(table));
    }

    /** Drops a table, kept whole so that this operation's reverse can make it again. */
    public void dropTable(Table table) {
        operations.add(new DropTable(table));
    }

    /** Drops a table by its name, as a downgrade drops one its upgrade created. */
    public void dropTable(String name) {
        operations.add(new DropTable(Table.of(name)));
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

    public IndexChange createIndex(String table, Index index) {
        return new IndexChange(operations, record(new CreateIndex(Name.of(table), index)));
    }

    public IndexChange dropIndex(String table, Index index) {
        return new IndexChange(operations, record(new DropIndex(Name.of(table), index)));
    }

    /** Where {@code operation} was recorded. */
    private int record(Operation operation) {
        operations.add(operation);
        return operations.size() - 1;
    }

    /** An index just created or dropped: {@code op.createIndex("orders", index("ix_orders_placed", "placed")).concurrently();}. */
    public static final class IndexChange {

        private final List<Operation> recorded;
        private final int position;

        private IndexChange(List<Operation> recorded, int position) {
            this.recorded = recorded;
            this.position = position;
        }

        /**
         * Builds (or drops) the index without blocking writes to the table, where the database can
         * (docs/revisions.md): on PostgreSQL outside the revision's transaction, like
         * {@link Ops#outsideTransaction}; elsewhere the database's online option.
         */
        public void concurrently() {
            Operation operation = recorded.get(position);
            recorded.set(position, operation instanceof CreateIndex create ? create.withConcurrently() : ((DropIndex) operation).withConcurrently());
        }
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

    /**
     * Runs what {@code block} records outside the revision's transaction, each statement committing
     * as it runs: for what a database refuses inside one, such as PostgreSQL's {@code create index
     * concurrently} or {@code alter type ... add value} written as raw SQL (Alembic's
     * {@code autocommit_block}). Where DDL is transactional, what came before is committed first and
     * a new transaction opens after; a failure inside says which statements stay, and
     * {@code upgrade --resume} runs the rest.
     */
    public void outsideTransaction(Runnable block) {
        List<Operation> outer = operations;
        List<Operation> inside = new ArrayList<>();
        operations = inside;
        try {
            block.run();
        } finally {
            operations = outer;
        }
        operations.add(new OutsideTransaction(inside)); // which refuses an empty or nested block
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
