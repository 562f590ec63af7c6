package dev.retort.renames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.autogen.Autogen;
import dev.retort.autogen.AutogenOptions;
import dev.retort.Retort;
import dev.retort.diff.Plan;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renames keep data: rows written before a rename are read back after it, and again after the
 * downgrade renames back; the indexes, constraints and foreign keys go along. On each database.
 */
abstract class RenameTest {

    @TempDir
    Path work;

    private TestDatabase.Fresh database;
    private Retort retort;

    abstract TestDatabase kind();

    @BeforeEach
    void createProject() throws IOException {
        database = kind().create();
        Files.createDirectories(work.resolve("migrations"));
        retort = Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("model").entitySources(work.resolve("entities"))
                .migrationsDir(work.resolve("migrations")).migrationsPackage("revisions")
                .load();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    private void entities(String department, String employee) throws IOException {
        Path folder = Files.createDirectories(work.resolve("entities/model"));
        Files.writeString(folder.resolve("Department.java"), department);
        Files.writeString(folder.resolve("Employee.java"), employee);
    }

    private static String department(String table) {
        return "package model;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"" + table + "\")\n"
                + "public class Department { @Id Long id; @Column(length = 40) String name; }\n";
    }

    private static String employee(String titleColumn, String departmentTable) {
        return "package model;\nimport jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"employee\", indexes = @Index(name = \"ix_employee_title\", columnList = \"" + titleColumn + "\"))\n"
                + "public class Employee { @Id Long id;\n"
                + "  @Column(name = \"" + titleColumn + "\", length = 60, unique = true) String title;\n"
                + "  @ManyToOne @JoinColumn(name = \"department_id\") Department department; }\n";
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private void startWithRows() throws Exception {
        entities(department("department"), employee("job_title", "department"));
        Autogen.of(retort).autogen("initial");
        retort.upgrade("head");
        execute("insert into department (id, name) values (1, 'Research')",
                "insert into employee (id, job_title, department_id) values (1, 'Engineer', 1)",
                "insert into employee (id, job_title, department_id) values (2, 'Analyst', 1)");
    }

    @Test
    void aHintedColumnRenameKeepsTheRowsBothWays() throws Exception {
        startWithRows();
        entities(department("department"), employee("position", "department"));

        Plan plan = Autogen.of(retort).autogen("rename job title", new AutogenOptions(List.of("employee.job_title=position"), false, p -> false)).plan();

        assertThat(plan.operations()).hasSize(1).first().isInstanceOf(RenameColumn.class);
        retort.upgrade("head");
        assertThat(rows("select position from employee order by id")).containsExactly("Engineer", "Analyst");
        assertThat(Autogen.of(retort).autogen("after").plan().operations()).as("index and unique constraint moved along").isEmpty();

        retort.downgrade("-1");
        assertThat(rows("select job_title from employee order by id")).containsExactly("Engineer", "Analyst");
    }

    @Test
    void aHintedTableRenameKeepsTheRowsAndTheForeignKeysPointingAtIt() throws Exception {
        startWithRows();
        entities(department("division"), employee("job_title", "division"));

        Plan plan = Autogen.of(retort).autogen("rename department", new AutogenOptions(List.of("department=division"), false, p -> false)).plan();

        assertThat(plan.operations()).hasSize(1).first().isInstanceOf(RenameTable.class);
        retort.upgrade("head");
        assertThat(rows("select name from division")).containsExactly("Research");
        assertThat(rows("select count(*) from employee e join division d on d.id = e.department_id")).containsExactly("2");
        assertThat(Autogen.of(retort).autogen("after").plan().operations()).as("the foreign key still points at it").isEmpty();

        retort.downgrade("-1");
        assertThat(rows("select name from department")).containsExactly("Research");
    }

    @Test
    void aGuessedRenameIsOnlyProposedUnlessConfirmed() throws Exception {
        startWithRows();
        entities(department("department"), employee("position", "department"));

        Autogen.AutogenResult unconfirmed = Autogen.of(retort).autogen("unconfirmed", AutogenOptions.DEFAULT);
        assertThat(unconfirmed.plan().operations()).extracting(Operation::getClass)
                .contains(AddColumn.class, DropColumn.class).doesNotContain(RenameColumn.class);
        assertThat(unconfirmed.plan().proposals()).singleElement()
                .satisfies(proposal -> assertThat(proposal.rename().toString()).isEqualToIgnoringCase("employee.job_title=position"));
        assertThat(Files.readString(unconfirmed.file())).contains("POSSIBLE RENAME").containsIgnoringCase("--rename employee.job_title=position");
        Files.delete(unconfirmed.file());

        Plan confirmed = Autogen.of(retort).autogen("confirmed", new AutogenOptions(List.of(), false, proposal -> true)).plan();
        assertThat(confirmed.operations()).hasSize(1).first().isInstanceOf(RenameColumn.class);
        retort.upgrade("head");
        assertThat(rows("select position from employee order by id")).containsExactly("Engineer", "Analyst");
    }

    private void ticket(String table, String statusColumn, String values) throws IOException {
        Path folder = Files.createDirectories(work.resolve("entities/model"));
        Files.writeString(folder.resolve("Ticket.java"), "package model;\nimport jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"" + table + "\") public class Ticket { @Id Long id;\n"
                + "  @Enumerated(EnumType.STRING) @Column(name = \"" + statusColumn + "\", length = 10) Status status; }\n");
        Files.writeString(folder.resolve("Status.java"), "package model;\npublic enum Status { " + values + " }\n");
    }

    /**
     * PostgreSQL keeps a check's name when its table or column is renamed, so an enum's check
     * would no longer be where a later change of the values looks for it.
     */
    @ParameterizedTest
    @CsvSource({"ticket.status=state, ticket, state", "ticket=issue, issue, status"})
    void aRenamedEnumColumnTakesNewValuesLater(String hint, String table, String column) throws Exception {
        entities(department("department"), employee("job_title", "department"));
        ticket("ticket", "status", "OPEN, CLOSED");
        Autogen.of(retort).autogen("initial");
        retort.upgrade("head");
        execute("insert into ticket (id, status) values (1, 'OPEN')");

        ticket(table, column, "OPEN, CLOSED");
        Autogen.of(retort).autogen("rename", new AutogenOptions(List.of(hint), false, p -> false));
        retort.upgrade("head");
        assertThat(Autogen.of(retort).autogen("after rename").plan().operations()).isEmpty();

        ticket(table, column, "OPEN, CLOSED, PARKED");
        assertThat(Autogen.of(retort).autogen("parked").plan().operations()).isNotEmpty();
        retort.upgrade("head");
        execute("insert into " + table + " (id, " + column + ") values (2, 'PARKED')");
        assertThat(rows("select " + column + " from " + table + " order by id")).containsExactly("OPEN", "PARKED");
        assertThat(Autogen.of(retort).autogen("after parked").plan().operations()).isEmpty();

        execute("delete from " + table + " where id = 2");
        retort.downgrade("-2");
        assertThat(rows("select status from ticket order by id")).containsExactly("OPEN");
        assertThatThrownBy(() -> execute("insert into ticket (id, status) values (3, 'PARKED')")).isInstanceOf(SQLException.class);
        ticket("ticket", "status", "OPEN, CLOSED");
        assertThat(Autogen.of(retort).check().plan().operations()).as("the database is as the first revision left it").isEmpty();
    }
}
