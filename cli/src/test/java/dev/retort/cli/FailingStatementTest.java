package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A hand-written revision that stops at its second of three statements: where DDL commits as it
     * runs, the error lists what ran and how to go on; after the cause is fixed in the file,
     * {@code upgrade --resume} runs the rest without running the first statement again (a second
     * {@code create table} would fail). Where DDL is transactional there is nothing to resume. A
     * revision whose statements that ran were edited since is not resumed.
     */
    @Test
    void aRevisionStoppedPartWayIsResumedAfterTheFix() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            project(database);
            String first = Cli.retort(project, "current").out().strip().split(" ")[0];
            Path revision = project.resolve(Cli.generatedFile(Cli.ok(project, "revision", "-m", "audit")));
            Files.writeString(revision, Files.readString(revision)
                    .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        op.execute(\"create table audit (id integer)\");"
                            + "\n        op.execute(\"insert into audit_typo (id) values (1)\");"
                            + "\n        op.execute(\"insert into audit (id) values (2)\");")
                    .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        op.execute(\"drop table audit\");"));

            Cli.Run failed = Cli.retort(project, "upgrade", "head");
            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(failed.err().lines()).hasSize(1);
            assertThat(failed.err()).contains("at statement 2 of 3: insert into audit_typo");
            assertThat(Cli.retort(project, "current").out()).isEqualTo(first + "\n");

            if (kind() == TestDatabase.POSTGRESQL) {
                assertThat(failed.err()).contains("the revision was rolled back");
                Cli.Run nothing = Cli.retort(project, "upgrade", "--resume", "head");
                assertThat(nothing.exitCode()).isEqualTo(2);
                assertThat(nothing.err()).contains("nothing to resume");
                return;
            }
            String id = Cli.generatedId("Generated " + project.relativize(revision));
            assertThat(failed.err()).contains("statement 1 was committed (create table audit (id integer))",
                    "'retort upgrade --resume " + id + "' runs the rest");

            Cli.Run again = Cli.retort(project, "upgrade", "head"); // would create the table a second time
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err()).contains("stopped part-way when it last ran, with its first 1 statement(s) committed",
                    "'retort upgrade --resume " + id + "'");

            String fixed = Files.readString(revision).replace("audit_typo", "audit");
            Files.writeString(revision, fixed.replace("create table audit (id integer)", "create table audit (id bigint)"));
            Cli.Run edited = Cli.retort(project, "upgrade", "--resume", "head");
            assertThat(edited.exitCode()).isEqualTo(2);
            assertThat(edited.err()).contains("its first 1 statements, which ran before it stopped, are not the statements it has now");

            Files.writeString(revision, fixed);
            Cli.Run resumed = Cli.retort(project, "upgrade", "--resume", "head");
            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(Cli.retort(project, "current").out()).startsWith(id);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from audit")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
            Cli.ok(project, "downgrade", "-1");
            assertThat(Cli.retort(project, "current").out()).isEqualTo(first + "\n");
        }
    }
    private Path handWritten(String message, String upgrade, String downgrade) throws Exception {
        Path revision = project.resolve(Cli.generatedFile(Cli.ok(project, "revision", "-m", message)));
        Files.writeString(revision, Files.readString(revision)
                .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        " + upgrade)
                .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        " + downgrade));
        return revision;
    }

    private static List<String> rows(TestDatabase.Fresh database, String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }

    /**
     * Flyway's repair: an applied revision edited on purpose is recorded as its file is now (the
     * warning stops, --strict passes again), recorded in retort_history with the database user; and
     * where DDL commits as it runs, a revision that stopped part-way, once its committed statements
     * were undone by hand, is forgotten so that a plain upgrade runs it from its start.
     */
    @Test
    void repairRecordsAnEditedRevisionAndForgetsAStopPartWay() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            project(database);
            Path audit = handWritten("audit", "op.execute(\"create table audit (id integer)\");", "op.execute(\"drop table audit\");");
            String id = Cli.generatedId("Generated " + project.relativize(audit));
            Cli.ok(project, "upgrade", "head");
            Files.writeString(audit, Files.readString(audit).replace("(id integer)", "(id bigint)"));
            assertThat(Cli.retort(project, "current").out()).contains("WARNING: revision " + id + " (audit)");
            Cli.Run strict = Cli.retort(project, "upgrade", "head", "--strict");
            assertThat(strict.exitCode()).isEqualTo(1);
            assertThat(strict.err()).contains("'retort repair' records the files as they are now");

            assertThat(Cli.ok(project, "repair")).isEqualTo("revision " + id + " (audit): recorded as " + audit
                    + " has it now\nRecorded 1 repair(s) in retort_history.\n");

            assertThat(Cli.retort(project, "current").out()).isEqualTo(id + " (head)\n");
            assertThat(Cli.retort(project, "upgrade", "head", "--strict").exitCode()).isZero();
            assertThat(rows(database, "select direction from retort_history where revision = '" + id + "' order by seq"))
                    .containsExactly("upgrade", "repair");
            assertThat(rows(database, "select distinct lower(installed_by) from retort_history")).containsExactly(database.user().toLowerCase());
            assertThat(Cli.ok(project, "repair")).isEqualTo("Nothing to repair: every applied revision matches its file.\n");

            Path stops = handWritten("stops", "op.execute(\"create table stopped (id integer)\");\n        op.execute(\"insert into stopped_typo (id) values (1)\");",
                    "op.execute(\"drop table stopped\");");
            String stopsId = Cli.generatedId("Generated " + project.relativize(stops));
            assertThat(Cli.retort(project, "upgrade", "head").exitCode()).isEqualTo(1);
            if (kind() == TestDatabase.POSTGRESQL) { // rolled back: nothing stopped part-way
                assertThat(Cli.ok(project, "repair")).startsWith("Nothing to repair");
                return;
            }
            assertThat(Cli.retort(project, "upgrade", "head").err()).contains("stopped part-way when it last ran");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop table stopped"); // undone by hand
            }
            Files.writeString(stops, Files.readString(stops).replace("stopped_typo", "stopped"));

            assertThat(Cli.ok(project, "repair")).contains("revision " + stopsId + " (stops): its stop part-way, with its first 1 statement(s)"
                    + " committed, is forgotten; a plain 'upgrade' runs it from its start");
            assertThat(Cli.ok(project, "upgrade", "head")).contains("Running upgrade " + id + " -> " + stopsId);
            assertThat(rows(database, "select count(*) from stopped")).containsExactly("1");
        }
    }
}
