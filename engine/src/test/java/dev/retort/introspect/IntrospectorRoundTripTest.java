package dev.retort.introspect;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.bool;
import static dev.retort.model.ColumnType.date;
import static dev.retort.model.ColumnType.enumOf;
import static dev.retort.model.ColumnType.numeric;
import static dev.retort.model.ColumnType.timestamp;
import static dev.retort.model.ColumnType.uuid;
import static dev.retort.model.ColumnType.varbinary;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.foreignKey;
import static dev.retort.ops.Ops.index;
import static dev.retort.ops.Ops.sequence;
import static dev.retort.ops.Ops.table;
import static dev.retort.ops.Ops.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.Catalog;
import dev.retort.catalog.KeyRows;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.diff.Differ;
import dev.retort.diff.Plan;
import dev.retort.model.ColumnType;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.model.ForeignKey;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.Operation;
import dev.retort.runner.VersionStore;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A catalog read back gives exactly the model that created it: the introspector's fixpoint, on
 * each database (one subclass each). Each rule that makes two spellings equal is paired with a
 * real change of that kind that must still be found.
 */
abstract class IntrospectorRoundTripTest {

    private static final Table DEPARTMENT = table("department")
            .column(column("id", bigint()).notNull().asIdentity())
            .column(column("name", varchar(80)).notNull())
            .column(column("code", ColumnType.fixedChar(4)))
            .primaryKey("id")
            .unique("uq_department_name", "name");

    private static final Table EMPLOYEE = table("employee")
            .column(column("id", bigint()).notNull())
            .column(column("active", bool()).notNull())
            .column(column("salary", numeric(10, 2)).defaultValue("0"))
            .column(column("born", date()))
            .column(column("seen", ColumnType.of("TIMESTAMP_WITH_TIMEZONE").precision(6)))
            .column(column("updated", timestamp(6)))
            .column(column("token", uuid()))
            .column(column("photo", varbinary(255)))
            .column(column("notes", ColumnType.clob()))
            .column(column("kind", enumOf("FULL_TIME", "PART_TIME")))
            .column(column("ratio", ColumnType.real()))
            .column(column("score", ColumnType.doublePrecision()).notNull())
            .column(column("visits", ColumnType.integer()))
            .column(column("department_id", bigint()))
            .column(column("mentor_id", bigint()))
            .primaryKey("id")
            .unique("uq_employee_token_kind", "token", "kind")
            .index(index("ix_employee_born", "born", "active"))
            .index(uniqueIndex("ux_employee_photo", "photo"))
            .index(index("ix_employee_mentor", "mentor_id"))
            .foreignKey(foreignKey("fk_employee_department", "department_id").references("department", "id")
                    .onDelete(ReferentialAction.CASCADE))
            .foreignKey(foreignKey("fk_employee_mentor", "mentor_id").references("employee", "id"));

    private static final Table ORDER = new Table(Name.quoted("Order"), List.of(
                    column("group", varchar(10)).notNull(),
                    column("`Mixed`", bigint())),
            null, List.of(), List.of(), List.of(), List.of(), null);

    private static final Schema MODEL = new Schema(List.of(DEPARTMENT, EMPLOYEE, ORDER), List.of(sequence("department_seq").incrementBy(50)));

    private TestDatabase.Fresh database;
    private Connection connection;
    private Dialect dialect;

    abstract TestDatabase kind();

    @BeforeEach
    void createModel() throws SQLException {
        database = kind().create();
        connection = database.connect();
        dialect = DatabaseKind.dialectOf(connection);
        dialect.useSchema(connection, database.schema());
        execute(new Differ(dialect).diff(MODEL, Schema.EMPTY).operations());
        new VersionStore(dialect, database.schema()).create(connection);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void execute(List<Operation> operations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Operation operation : operations) {
                for (String sql : dialect.sql(operation)) {
                    statement.execute(sql);
                }
            }
        }
    }

    private Schema read() throws SQLException {
        return new Introspector(dialect, name -> !VersionStore.isBookkeeping(dialect, name)).read(connection, database.schema());
    }

    private Plan diffAgainstModel() throws SQLException {
        return new Differ(dialect).diff(MODEL, read());
    }

    private Table employee() {
        return MODEL.tables().get(1);
    }

    private void alter(String table, dev.retort.model.Column from, dev.retort.model.Column to) throws SQLException {
        execute(List.of(new AlterColumn(Name.of(table), from, to)));
    }

    @Test
    void theCatalogReadsBackAsTheModelThatCreatedIt() throws SQLException {
        assertThat(diffAgainstModel().operations()).isEmpty();
    }

    @Test
    void keyAndConstraintBackingIndexesAreNotReportedButUserIndexesAre() throws SQLException {
        Table employee = read().tables().stream().filter(t -> dialect.key(t.name()).equals(dialect.key(Name.of("employee"))))
                .findFirst().orElseThrow();
        assertThat(employee.indexes().stream().filter(index -> !index.unique()))
                .extracting(index -> index.name().text().toLowerCase(java.util.Locale.ROOT))
                .containsExactlyInAnyOrder("ix_employee_born", "ix_employee_mentor");
        assertThat(employee.foreignKeys()).extracting(key -> key.onDelete())
                .containsExactlyInAnyOrder(ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
    }

    /**
     * Keys and indexes read for the whole schema at once (a catalog query, PostgreSQL and
     * MariaDB/MySQL) are the rows DatabaseMetaData gives table by table: composite, self-referencing
     * and two-column foreign keys with each rule, a quoted table, no primary key, descending columns,
     * a keyword as an indexed column's name.
     */
    @Test
    void keysReadAtOnceAreThoseReadTableByTable() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table pair (a int not null, b int not null, primary key (a, b))");
            statement.execute("create table link (id int not null primary key, pa int, pb int, name varchar(40),"
                    + " constraint fk_link_pair foreign key (pa, pb) references pair (a, b) on delete set null on update restrict)");
            statement.execute("create index ix_link_name_desc on link (name desc, pa)");
            statement.execute("create index ix_order_group on " + dialect.quote(Name.quoted("Order")) + " (" + dialect.quote(Name.of("group")) + ")");
        }
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(dialect.metadataCatalog(database.schema()), dialect.metadataSchema(database.schema()), "%",
                dialect.tableTypes())) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).hasSize(7);

        KeyRows atOnce = Catalog.of(dialect).keyRows(connection, database.schema(), tables);
        KeyRows byTable = KeyRows.perTable(metadata, dialect.metadataCatalog(database.schema()), dialect.metadataSchema(database.schema()),
                tables);

        for (String table : tables) {
            assertThat(atOnce.primaryKeys().get(table)).as(table).isEqualTo(byTable.primaryKeys().get(table));
            assertThat(atOnce.foreignKeys().get(table)).as(table).isEqualTo(byTable.foreignKeys().get(table));
            assertThat(atOnce.indexes().get(table)).as(table).isEqualTo(byTable.indexes().get(table));
        }
        String link = tables.stream().filter(table -> table.equalsIgnoreCase("link")).findFirst().orElseThrow();
        assertThat(atOnce.foreignKeys().get(link)).hasSize(2)
                .allSatisfy(row -> assertThat(row.deleteRule()).isEqualTo(DatabaseMetaData.importedKeySetNull));
        assertThat(atOnce.indexes().get(link)).filteredOn(row -> row.name().equalsIgnoreCase("ix_link_name_desc"))
                .extracting(KeyRows.IndexRow::descending).containsExactly(true, false);
        assertThat(atOnce.primaryKeys().get(tables.stream().filter(table -> table.equalsIgnoreCase("pair")).findFirst().orElseThrow()))
                .hasSize(2);
    }

    @Test
    void bookkeepingTablesAreNeverPartOfTheModel() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from information_schema.tables where lower(table_name) like 'retort%' and table_schema = ?")) {
            count.setString(1, database.schema());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
        assertThat(read().tables()).extracting(table -> table.name().text().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("retort_version", "retort_history");
    }

    @Test
    void aRealLengthChangeIsStillDetected() throws SQLException {
        alter("department", column("name", varchar(80)).notNull(), column("name", varchar(81)).notNull());
        assertThat(diffAgainstModel().operations()).containsExactly(new AlterColumn(Name.of("department"),
                column("name", varchar(81)).notNull(), column("name", varchar(80)).notNull()));
    }

    @Test
    void aRealTimestampPrecisionChangeIsStillDetected() throws SQLException {
        alter("employee", column("updated", timestamp(6)), column("updated", timestamp(3)));
        assertThat(diffAgainstModel().operations()).hasSize(1);
    }

    @Test
    void anEnumValueChangeIsStillDetected() throws SQLException {
        alter("employee", column("kind", enumOf("FULL_TIME", "PART_TIME")), column("kind", enumOf("FULL_TIME", "PART_TIME", "CONTRACT")));
        assertThat(diffAgainstModel().operations()).hasSize(1);
    }

    @Test
    void aRealNumericDefaultChangeIsStillDetected() throws SQLException {
        alter("employee", column("salary", numeric(10, 2)).defaultValue("0"), column("salary", numeric(10, 2)).defaultValue("1"));
        assertThat(diffAgainstModel().operations()).hasSize(1);
    }

    @Test
    void aRealFloatingPrecisionChangeIsStillDetected() throws SQLException {
        alter("employee", column("ratio", ColumnType.real()), column("ratio", ColumnType.doublePrecision()));
        assertThat(diffAgainstModel().operations()).containsExactly(new AlterColumn(Name.of("employee"),
                column("ratio", ColumnType.doublePrecision()), column("ratio", ColumnType.real())));
    }

    @Test
    void aRealIntegerWidthChangeIsStillDetected() throws SQLException {
        alter("employee", column("visits", ColumnType.integer()), column("visits", bigint()));
        assertThat(diffAgainstModel().operations()).containsExactly(new AlterColumn(Name.of("employee"),
                column("visits", bigint()), column("visits", ColumnType.integer())));
    }

    @Test
    void aRealTimeZoneChangeIsStillDetected() throws SQLException {
        alter("employee", column("seen", ColumnType.of("TIMESTAMP_WITH_TIMEZONE").precision(6)), column("seen", timestamp(6)));
        assertThat(diffAgainstModel().operations()).hasSize(1);
    }

    @Test
    void aRealForeignKeyRuleChangeIsStillDetected() throws SQLException {
        ForeignKey cascading = employee().foreignKeys().get(0);
        execute(List.of(new DropForeignKey(Name.of("employee"), cascading),
                new AddForeignKey(Name.of("employee"), cascading.onDelete(ReferentialAction.NO_ACTION))));
        assertThat(diffAgainstModel().operations()).extracting(Operation::getClass)
                .containsExactly(DropForeignKey.class, AddForeignKey.class);
    }

    @Test
    void aRealNullabilityChangeIsStillDetected() throws SQLException {
        alter("employee", column("born", date()), column("born", date()).notNull());
        assertThat(diffAgainstModel().operations()).hasSize(1);
    }
}
