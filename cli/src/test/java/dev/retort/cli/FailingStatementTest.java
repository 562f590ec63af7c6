package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement the database refuses (a NOT NULL column without default on a filled table): exit 1,
 * the error names the revision, the statement and the database's message, and the bookkeeping
 * matches what the database holds. On each database (one subclass each).
 */
abstract class FailingStatementTest {

    @TempDir
    Path project;

    abstract TestDatabase kind();

    /** MySQL-family databases fill a new NOT NULL column of a filled table with an empty value instead of refusing. */
    boolean refusesNotNullColumnsOnFilledTables() {
        return true;
    }

    private void project(TestDatabase.Fresh database) throws Exception {
        Cli.tutorialProject(project, database.url(), database.user(), database.password());
        Cli.ok(project, "autogen", "-m", "initial");
        Cli.ok(project, "upgrade", "head");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into employee (first_name, last_name) values ('Ada', 'Lovelace')");
        }
    }

    private void editEmployee(String from, String to) throws Exception {
        Path employee = project.resolve("entities/Employee.java");
        String source = Files.readString(employee);
        assertThat(source).contains(from);
        Files.writeString(employee, source.replace(from, to));
    }

    private static boolean hasColumn(TestDatabase.Fresh database, String column, String nullable) throws Exception {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from information_schema.columns where lower(table_name) = 'employee' and lower(column_name) = ?"
                        + " and is_nullable = ? and table_schema = ?")) {
            statement.setString(1, column);
            statement.setString(2, nullable);
            statement.setString(3, database.schema());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    /** PostgreSQL rolls the revision back ("remains at"); elsewhere what ran stays ("is recorded at"). */
    private void assertRefused(Cli.Run upgrade, String message, String statement, String recorded) {
        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.err().lines()).hasSize(1);
        assertThat(upgrade.err()).contains("upgrade of revision", "(" + message + ")", statement).doesNotContain("\tat ")
                .contains(kind() == TestDatabase.POSTGRESQL ? "the revision was rolled back; the database remains at " + recorded
                        : "the database is recorded at " + recorded);
    }

    @Test
    void aColumnMadeNotNullOverNullsIsRefusedEverywhere() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            project(database);
            String first = Cli.retort(project, "current").out().strip().split(" ")[0];
            editEmployee("@Column(length = 20)\n    private String phone;", "@Column(length = 20, nullable = false)\n    private String phone;");
            assertThat(Cli.retort(project, "autogen", "-m", "phone required").out()).contains("WARNING: makes employee.phone NOT NULL");

            assertRefused(Cli.retort(project, "upgrade", "head"), "phone required", "phone", first);
            assertThat(Cli.retort(project, "current").out()).isEqualTo(first + "\n");
            assertThat(hasColumn(database, "phone", "YES")).as("the column is as it was").isTrue();
        }
    }

    @Test
    void aNotNullColumnWithoutDefaultOnAFilledTable() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            project(database);
            String first = Cli.retort(project, "current").out().strip().split(" ")[0];
            editEmployee("    @Column(length = 20)\n    private String phone;",
                    "    @Column(length = 20)\n    private String phone;\n\n    @Column(nullable = false, length = 10)\n    private String badge;");
            Cli.Run autogen = Cli.retort(project, "autogen", "-m", "badges for all");
            assertThat(autogen.out()).contains("Detected add column employee.badge VARCHAR(10) NOT NULL",
                    "WARNING: adds employee.badge NOT NULL without a default");

            Cli.Run upgrade = Cli.retort(project, "upgrade", "head");

            if (refusesNotNullColumnsOnFilledTables()) {
                assertRefused(upgrade, "badges for all", "add column badge", first);
                assertThat(Cli.retort(project, "current").out()).isEqualTo(first + "\n");
                assertThat(hasColumn(database, "badge", "NO")).as("the refused column is not there").isFalse();
            } else {
                assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
                assertThat(hasColumn(database, "badge", "NO")).isTrue();
            }
        }
    }
}
