package dev.retort.introspect;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.bool;
import static dev.retort.model.ColumnType.date;
import static dev.retort.model.ColumnType.enumOf;
import static dev.retort.model.ColumnType.numeric;
import static dev.retort.model.ColumnType.timestamp;
import static dev.retort.model.ColumnType.timestampTz;
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

import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.diff.Differ;
import dev.retort.diff.Plan;
import dev.retort.model.ColumnType;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.runner.VersionStore;
import dev.retort.testing.H2Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The H2 catalog read back gives exactly the model that created it: the introspector's fixpoint. */
class IntrospectorH2Test {

    private static final Dialect H2 = DatabaseKind.H2.dialect("2.3.232");

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
            .column(column("seen", timestampTz(6)))
            .column(column("updated", timestamp(6)))
            .column(column("token", uuid()))
            .column(column("photo", varbinary(255)))
            .column(column("notes", ColumnType.clob()))
            .column(column("kind", enumOf("FULL_TIME", "PART_TIME")))
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
            null, List.of(), List.of(), List.of(), null);

    private static final Schema MODEL = new Schema(List.of(DEPARTMENT, EMPLOYEE, ORDER), List.of(sequence("department_seq").incrementBy(50)));

    private Connection connection;

    @BeforeEach
    void createModel() throws SQLException {
        connection = H2Databases.connect(H2Databases.newUrl());
        Plan create = new Differ(H2).diff(MODEL, Schema.EMPTY);
        try (Statement statement = connection.createStatement()) {
            for (Operation operation : create.operations()) {
                for (String sql : H2.sql(operation)) {
                    statement.execute(sql);
                }
            }
            new VersionStore(H2, "PUBLIC").create(connection);
        }
    }

    private Schema read() throws SQLException {
        return new Introspector(H2, name -> !VersionStore.isBookkeeping(H2, name)).read(connection, "PUBLIC");
    }

    @Test
    void theCatalogReadsBackAsTheModelThatCreatedIt() throws SQLException {
        Plan plan = new Differ(H2).diff(MODEL, read());
        assertThat(plan.operations()).isEmpty();
    }

    @Test
    void keyAndConstraintBackingIndexesAreNotReportedButUserIndexesAre() throws SQLException {
        Table employee = read().tables().stream().filter(t -> t.name().equals(Name.of("employee"))).findFirst().orElseThrow();
        assertThat(employee.indexes()).extracting(index -> index.name().text())
                .containsExactlyInAnyOrder("ix_employee_born", "ux_employee_photo", "ix_employee_mentor");
        assertThat(employee.foreignKeys()).extracting(key -> key.onDelete())
                .containsExactlyInAnyOrder(ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
    }

    @Test
    void bookkeepingTablesAreNeverPartOfTheModel() throws SQLException {
        assertThat(H2Databases.rows(connection, "select count(*) from information_schema.tables where table_name like 'RETORT_%'"))
                .containsExactly("2");
        assertThat(read().tables()).extracting(table -> table.name().text()).doesNotContain("retort_version", "retort_history");
    }

    @Test
    void aRealLengthChangeIsStillDetected() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table department alter column name set data type varchar(81)");
        }
        assertThat(new Differ(H2).diff(MODEL, read()).operations()).containsExactly(new AlterColumn(Name.of("department"),
                column("name", varchar(81)).notNull(), column("name", varchar(80)).notNull()));
    }

    @Test
    void aRealTimestampPrecisionChangeIsStillDetected() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table employee alter column updated set data type timestamp(3)");
        }
        assertThat(new Differ(H2).diff(MODEL, read()).operations()).hasSize(1);
    }

    @Test
    void anEnumValueChangeIsStillDetected() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table employee alter column kind set data type enum('FULL_TIME','PART_TIME','CONTRACT')");
        }
        assertThat(new Differ(H2).diff(MODEL, read()).operations()).hasSize(1);
    }
}
