package dev.retort.dialect;

import static dev.retort.dialect.MySQLDialect.Algorithm.COPY;
import static dev.retort.dialect.MySQLDialect.Algorithm.INPLACE;
import static dev.retort.dialect.MySQLDialect.Algorithm.INSTANT;
import static dev.retort.dialect.MySQLDialect.Algorithm.SERVER;
import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.integer;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.check;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.foreignKey;
import static dev.retort.ops.Ops.index;
import static dev.retort.ops.Ops.table;
import static dev.retort.ops.Ops.unique;
import static dev.retort.ops.Ops.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.TypeCode;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUnique;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDBDialectTest {

    private final Dialect mariadb = DatabaseKind.MARIADB.dialect("10.11.19");

    @Test
    void namesKeepTheirCaseAndKeywordsGetBackticks() {
        assertThat(mariadb.quote(Name.of("group"))).isEqualTo("`group`");
        assertThat(mariadb.quote(Name.of("limit"))).as("reserved by MariaDB, not by the standard").isEqualTo("`limit`");
        assertThat(mariadb.quote(Name.of("key"))).isEqualTo("`key`");
        assertThat(mariadb.quote(Name.quoted("Order"))).isEqualTo("`Order`");
        assertThat(mariadb.quote(Name.of("Department"))).isEqualTo("Department");
        assertThat(mariadb.nameFromCatalog("Department")).isEqualTo(Name.of("Department"));
        assertThat(mariadb.key(Name.of("Department"))).isNotEqualTo(mariadb.key(Name.of("department")));
        assertThat(mariadb.metadataCatalog("app")).isEqualTo("app");
        assertThat(mariadb.metadataSchema("app")).isNull();
    }

    @Test
    void aNameOverSixtyFourCharactersIsRefused() {
        assertThatCode(() -> mariadb.checkIdentifiers(PostgreSQLDialectTest.schemaWithTable("\u00e4".repeat(64)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> mariadb.checkIdentifiers(PostgreSQLDialectTest.schemaWithTable("t".repeat(65))))
                .hasMessageEndingWith(": the name is 65 characters long; MariaDB keeps at most 64 characters, so give it a shorter one");
    }

    /** Autogenerate's order (tables, changes to existing ones, indexes): a new table's indexes join its create table. */
    @Test
    void aNewTablesIndexesGoInsideItsCreateTable() {
        CreateTable employee = new CreateTable(table("employee").column(column("id", bigint()).notNull()).column(column("name", varchar(40)))
                .primaryKey("id"));
        CreateTable office = new CreateTable(table("office").column(column("id", bigint()).notNull()).primaryKey("id"));
        Index byName = new Index(Name.of("ix_employee_name"), List.of(Name.of("name"), Name.of("id")), false, true, List.of(true, false));
        List<Operation> operations = List.of(employee, office, new CreateIndex(Name.of("employee"), byName),
                new CreateIndex(Name.of("department"), index("ix_department_code", "code")),
                new CreateIndex(Name.of("office"), uniqueIndex("ux_office_id", "id")));

        assertThat(mariadb.sql(operations)).containsExactly(
                "create table employee (\n    id bigint not null,\n    name varchar(40),\n    primary key (id),\n"
                        + "    index ix_employee_name (name desc, id)\n)",
                "create table office (\n    id bigint not null,\n    primary key (id),\n    unique index ux_office_id (id)\n)",
                "alter table department add index ix_department_code (code), algorithm=inplace, lock=none");

        List<Operation> interrupted = List.of(employee, new ExecuteSql("insert into employee (id) values (1)"),
                new CreateIndex(Name.of("employee"), byName));
        assertThat(mariadb.sql(interrupted)).as("anything else between keeps the index a statement of its own").hasSize(3)
                .last().isEqualTo("alter table employee add index ix_employee_name (name desc, id), algorithm=inplace, lock=none");
    }

    /** A key joins its table's create table when the table it references exists by then; one to a table made later stays apart. */
    @Test
    void aNewTablesForeignKeysGoInsideItsCreateTableWhenWhatTheyReferenceExists() {
        CreateTable department = new CreateTable(table("department").column(column("id", bigint()).notNull())
                .column(column("head_id", bigint())).primaryKey("id"));
        CreateTable employee = new CreateTable(table("employee").column(column("id", bigint()).notNull())
                .column(column("department_id", bigint())).primaryKey("id"));
        List<Operation> operations = List.of(department, employee,
                new CreateIndex(Name.of("employee"), index("ix_employee_department", "department_id")),
                new AddForeignKey(Name.of("employee"), foreignKey("fk_employee_department", "department_id").references("department", "id")),
                new AddForeignKey(Name.of("department"), foreignKey("fk_department_head", "head_id").references("employee", "id")));

        assertThat(mariadb.sql(operations)).containsExactly(
                "create table department (\n    id bigint not null,\n    head_id bigint,\n    primary key (id)\n)",
                "create table employee (\n    id bigint not null,\n    department_id bigint,\n    primary key (id),\n"
                        + "    index ix_employee_department (department_id),\n"
                        + "    constraint fk_employee_department foreign key (department_id) references department (id)\n)",
                "alter table department add constraint fk_department_head foreign key (head_id) references employee (id)");
    }

    /**
     * Dropping tables makes dropping their own indexes and keys first moot (a downgrade to base);
     * a key to a table dropped before its own stays, or that drop would fail.
     */
    @Test
    void dropsOfWhatALaterDropTableRemovesAreLeftOut() {
        DropTable employee = new DropTable(table("employee").column(column("id", bigint()).notNull()).primaryKey("id"));
        DropTable department = new DropTable(table("department").column(column("id", bigint()).notNull()).primaryKey("id"));
        DropForeignKey toDepartment = new DropForeignKey(Name.of("employee"),
                foreignKey("fk_employee_department", "department_id").references("department", "id"));
        DropIndex byDepartment = new DropIndex(Name.of("employee"), index("ix_employee_department", "department_id"));

        assertThat(mariadb.sql(List.of(toDepartment, byDepartment, employee, department)))
                .containsExactly("drop table employee", "drop table department");
        assertThat(mariadb.sql(List.of(toDepartment, department, employee))).as("department goes first: the key must go before it")
                .startsWith("alter table employee drop foreign key fk_employee_department, algorithm=inplace, lock=none");
        assertThat(mariadb.sql(List.of(byDepartment, new ExecuteSql("delete from employee"), employee))).as("anything else between")
                .hasSize(3);
    }

    @Test
    void aColumnChangeRestatesTheWholeColumn() {
        assertThat(mariadb.sql(new AlterColumn(Name.of("employee"), column("phone", varchar(20)), column("phone", varchar(40)).notNull())))
                .containsExactly("alter table employee modify column phone varchar(40) not null, algorithm=inplace, lock=none");
    }

    @Test
    void droppingAForeignKeyAlsoDropsTheIndexMariaDbMadeForIt() {
        assertThat(mariadb.sql(new DropForeignKey(Name.of("salary"), foreignKey("fk_salary_employee", "employee_id").references("employee", "id"))))
                .containsExactly(
                        "alter table salary drop foreign key fk_salary_employee, algorithm=inplace, lock=none",
                        "alter table salary drop index if exists fk_salary_employee, algorithm=inplace, lock=none");
        assertThat(mariadb.sql(new DropIndex(Name.of("salary"), index("ix_salary", "employee_id"))))
                .containsExactly("alter table salary drop index ix_salary, algorithm=inplace, lock=none");
    }

    /**
     * Each alter of a table says how the server must change it (the online DDL tables of the
     * manuals): MySQL by version, instant where it can; MariaDB INPLACE with LOCK=NONE, which it
     * still runs instantly where it can. What the server copies says nothing (lint RT301), and
     * {@code online.algorithm=server} leaves every clause out but a {@code .concurrently()} index's.
     */
    @Test
    void eachAlterSaysHowTheServerMustChangeTheTable() {
        Name t = Name.of("t");
        Operation add = new AddColumn(t, column("note", varchar(20)));
        Operation rename = new RenameColumn(t, Name.of("note"), Name.of("remark"));
        Operation drop = new DropColumn(t, column("note", varchar(20)));
        Operation longer = new AlterColumn(t, column("note", varchar(20)), column("note", varchar(60)).notNull());
        Operation retyped = new AlterColumn(t, column("n", integer()), column("n", bigint()));
        Operation withExpression = new AddColumn(t, column("token", varchar(36)).defaultValue("(uuid())"));
        Operation withTime = new AddColumn(t, column("at", ColumnType.of(TypeCode.TIMESTAMP)).defaultValue("current_timestamp(6)"));
        Operation key = new AddForeignKey(t, foreignKey("fk_t_p", "p_id").references("p", "id"));
        Operation check = new AddCheck(t, check("ck_t_n", "n > 0"));
        Operation unique = new AddUnique(t, unique("uk_t_note", "note"));

        MySQLDialect mysql84 = (MySQLDialect) DatabaseKind.MYSQL.dialect("8.4.3");
        assertThat(List.of(add, rename, drop, longer, retyped, withExpression, withTime, key, check, unique)).map(mysql84::algorithm)
                .containsExactly(INSTANT, INPLACE, INSTANT, INPLACE, COPY, COPY, INSTANT, COPY, COPY, INPLACE);
        MySQLDialect mysql8020 = (MySQLDialect) DatabaseKind.MYSQL.dialect("8.0.20");
        assertThat(List.of(add, rename, drop)).map(mysql8020::algorithm).containsExactly(INSTANT, INPLACE, INPLACE);
        assertThat(List.of(longer(40, 100), longer(100, 200), longer(300, 400), longer(100, 20_000))).map(mysql84::algorithm)
                .as("a second length byte in utf8mb4; the character set decides; two bytes in any; text").containsExactly(COPY, SERVER, INPLACE, COPY);
        assertThat(mysql84.sql(add)).containsExactly("alter table t add column note varchar(20), algorithm=instant");
        assertThat(mysql8020.sql(drop)).containsExactly("alter table t drop column note, algorithm=inplace, lock=none");
        assertThat(mysql84.sql(retyped)).containsExactly("alter table t modify column n bigint");

        assertThat(List.of(add, rename, drop, longer, retyped, withExpression, key, check, unique)).map(((MySQLDialect) mariadb)::algorithm)
                .containsExactly(INSTANT, INSTANT, INSTANT, INPLACE, COPY, COPY, COPY, COPY, INPLACE);
        assertThat(mariadb.sql(add)).containsExactly("alter table t add column note varchar(20), algorithm=inplace, lock=none");
        assertThat(mariadb.sql(check)).containsExactly("alter table t add constraint ck_t_n check (n > 0)");

        Dialect server = mariadb.withServerAlgorithms();
        assertThat(server.sql(add)).containsExactly("alter table t add column note varchar(20)");
        assertThat(server.sql(new CreateIndex(t, index("ix_t_note", "note")).withConcurrently()))
                .containsExactly("alter table t add index ix_t_note (note), algorithm=inplace, lock=none");
    }

    private static Operation longer(long from, long to) {
        return new AlterColumn(Name.of("t"), column("note", varchar(from)), column("note", varchar(to)));
    }

    @Test
    void identityIsAutoIncrement() {
        assertThat(mariadb.sql(new AddColumn(Name.of("t"), column("id", bigint()).notNull().asIdentity())))
                .containsExactly("alter table t add column id bigint not null auto_increment");
    }

    /** A backslash escapes a quote inside a literal here, so the word after it is still inside the literal. */
    @Test
    void aColumnRenameReadsBackslashEscapedLiterals() {
        assertThat(mariadb.renameColumnInCheck("`status` <> 'it\\' status' and `status` <> ''", Name.of("status"), Name.of("state")))
                .isEqualTo("`state` <> 'it\\' status' and `state` <> ''");
    }
}
