package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployer killed (kill -9) or interrupted (Ctrl-C) in the middle of a revision of many
 * statements on PostgreSQL: the database stays at the previous revision, and running again completes.
 */
class CrashIT {

    private static final Path JAR = Path.of("target", "retort.jar").toAbsolutePath();
    private static final int STATEMENTS = 20_000;

    @TempDir
    Path project;

    private TestDatabase.Fresh database;

    @BeforeEach
    void projectAtTheFirstRevision() throws Exception {
        database = TestDatabase.POSTGRESQL.create();
        SampleHistory.write(project, database.url(), database.user(), database.password(), "10a9000c0001", "a long revision", """
                for (int i = 0; i < %d; i++) {
                            op.execute("insert into department (name) values ('department " + i + "')");
                        }""".formatted(STATEMENTS), "op.execute(\"delete from department\");");
        assertThat(Cli.retort(project, "upgrade", SampleHistory.FIRST).exitCode()).isZero();
    }

    private Child deploy() throws Exception {
        return Child.interruptible("java", "-jar", JAR.toString(), "-C", project.toString(), "upgrade", "head");
    }

    /** The long revision's transaction is open on the server: the kill lands mid-revision, not before it. */
    private void awaitTheRevisionRunning() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from pg_stat_activity where datname = ? and application_name = 'retort'"
                            + " and xact_start is not null and query like 'insert into department%'")) {
                statement.setString(1, database.name());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the long revision never started");
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private void assertStillAtTheFirstRevisionThenCompletes() throws Exception {
        assertThat(single("select version_id from retort_version")).isEqualTo("882398bc4f89");
        assertThat(single("select count(*) from department")).isEqualTo("0");
        Cli.Run again = Cli.retort(project, "upgrade", "head");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(single("select count(*) from department")).isEqualTo(String.valueOf(STATEMENTS));
        assertThat(single("select version_id from retort_version")).isEqualTo("10a9000c0001");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void killedMidRevision() throws Exception {
        Child deployer = deploy();
        awaitTheRevisionRunning();

        deployer.process().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the client
        deployer.await(Duration.ofSeconds(30));

        assertStillAtTheFirstRevisionThenCompletes();
    }

    @Test
    void interruptedMidRevisionSaysWhereTheDatabaseIs() throws Exception {
        Child deployer = deploy();
        awaitTheRevisionRunning();

        deployer.interrupt();
        Child.Finished interrupted = deployer.await(Duration.ofSeconds(30));

        assertThat(interrupted.exitCode()).isEqualTo(130);
        assertThat(interrupted.output()).contains("retort: upgrade of revision 10a9000c0001 (a long revision) was cancelled at statement ",
                "the revision was rolled back; the database remains at 882398bc4f89");
        assertStillAtTheFirstRevisionThenCompletes();
    }
}
