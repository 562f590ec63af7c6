package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ctrl-C while a revision's long statement runs on a server: the statement is cancelled there, so
 * the server neither goes on running it nor commits it after Retort has gone, and the process
 * exits once the database has stopped, saying what was cancelled and where the database is.
 */
class InterruptIT {

    private static final Path JAR = Path.of("target", "retort.jar").toAbsolutePath();

    @TempDir
    Path project;

    /** An update that takes two minutes, in this database's words. */
    private static String slowUpdate(TestDatabase kind) {
        return kind == TestDatabase.POSTGRESQL
                ? "update department set note = 'changed' from (select pg_sleep(120)) pause"
                : "update department set note = 'changed' where sleep(120) = 0";
    }

    /** Whether the server is running a statement that starts so (on PostgreSQL, in this database; verify's scratch schema is in it). */
    private static boolean running(TestDatabase.Fresh database, String start) throws SQLException {
        boolean postgres = database.kind() == TestDatabase.POSTGRESQL;
        String sql = postgres
                ? "select count(*) from pg_stat_activity where datname = ? and state = 'active' and query like ?"
                : "select count(*) from information_schema.processlist where info like ?";
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (postgres) {
                statement.setString(1, database.name());
            }
            statement.setString(postgres ? 2 : 1, start + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static String single(TestDatabase.Fresh database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void ctrlCCancelsTheRunningStatementOnTheServer(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            SampleHistory.write(project, database.url(), database.user(), database.password(), "5a0e00000001", "a long update",
                    "op.execute(\"alter table department add note varchar(40)\");\n        op.execute(\"" + slowUpdate(kind) + "\");",
                    "op.execute(\"alter table department drop column note\");");
            assertThat(Cli.retort(project, "upgrade", SampleHistory.FIRST).exitCode()).isZero();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("insert into department (name) values ('Sales')");
            }

            Child deployer = Child.interruptible("java", "-jar", JAR.toString(), "-C", project.toString(), "upgrade", "head");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!running(database, "update department")) {
                assertThat(System.nanoTime()).as("the slow update never started").isLessThan(deadline);
                Thread.sleep(50);
            }
            deployer.interrupt();
            Child.Finished interrupted = deployer.await(Duration.ofSeconds(90));

            assertThat(running(database, "update department")).as("the server still runs the statement Retort left").isFalse();
            assertThat(interrupted.exitCode()).as(interrupted.output()).isEqualTo(130);
            assertThat(interrupted.output()).contains("retort: interrupted; cancelling the statement running",
                    "retort: upgrade of revision 5a0e00000001 (a long update) was cancelled at statement 2 of 2: update department");
            assertThat(single(database, "select version_id from retort_version")).isEqualTo("882398bc4f89");
            assertThat(single(database, "select count(*) from retort_history where revision = '5a0e00000001' and success = false"))
                    .isEqualTo("1");
            assertThat(single(database, "select name from department")).isEqualTo("Sales");
            if (kind == TestDatabase.POSTGRESQL) {
                assertThat(interrupted.output()).contains("the revision was rolled back; the database remains at 882398bc4f89");
                assertThat(single(database, "select count(*) from information_schema.columns where table_name = 'department'"
                        + " and column_name = 'note'")).isEqualTo("0");
            } else { // DDL commits as it runs: the added column stays, and the run is recorded for --resume
                assertThat(interrupted.output()).contains("statement 1 was committed", "'retort upgrade --resume 5a0e00000001' runs the rest");
                assertThat(single(database, "select count(*) from department where note = 'changed'")).isEqualTo("0");
                assertThat(single(database, "select statements_run from retort_history where revision = '5a0e00000001'")).isEqualTo("1");
            }
        }
    }

    /** Ctrl-C during verify: its statement is cancelled, and its scratch schema dropped before the process exits. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void ctrlCDuringVerifyDropsItsScratchSchema(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            String pause = kind == TestDatabase.POSTGRESQL ? "select pg_sleep(120)" : "select sleep(120)";
            SampleHistory.write(project, database.url(), database.user(), database.password(), "5a0e00000002", "a long pause",
                    "op.execute(\"" + pause + "\");", "");

            Child verifier = Child.interruptible("java", "-jar", JAR.toString(), "-C", project.toString(), "verify");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!running(database, pause)) {
                assertThat(System.nanoTime()).as("the pause never started").isLessThan(deadline);
                Thread.sleep(50);
            }
            verifier.interrupt();
            Child.Finished interrupted = verifier.await(Duration.ofSeconds(90));

            assertThat(running(database, pause)).as("the server still runs the statement Retort left").isFalse();
            assertThat(interrupted.exitCode()).as(interrupted.output()).isEqualTo(130);
            assertThat(interrupted.output()).contains("retort: interrupted; cancelling the statement running",
                    "retort: verify was cancelled; its scratch schema retort_verify_");
            assertThat(single(database, "select count(*) from information_schema.schemata where schema_name like 'retort_verify%'"))
                    .as("the scratch schema is dropped").isEqualTo("0");
        }
    }
}
