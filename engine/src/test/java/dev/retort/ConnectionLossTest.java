package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.RevisionInfo;
import dev.retort.runner.Direction;
import dev.retort.runner.RunListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployer's connection cut after it took the lock, as an H2 file shared with AUTO_SERVER=TRUE
 * cuts every client when the process serving it exits. Here an H2 server in this JVM stands in for
 * that process: the test stops and restarts it at a chosen point of the run.
 */
class ConnectionLossTest {

    @TempDir
    Path work;

    private Server server;
    private int port;

    @BeforeEach
    void startServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-baseDir", work.toString(), "-ifNotExists").start();
        port = server.getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    /** Cuts every connection, then serves the database again on the same port (as soon as the system lets it go). */
    private void restartServer() {
        server.stop();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", work.toString(), "-ifNotExists").start();
                return;
            } catch (SQLException portStillTaken) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(portStillTaken);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private String url() {
        return "jdbc:h2:tcp://localhost:" + port + "/db";
    }

    private void revision(String id, String parent, String upgradeSql, String downgradeSql) throws Exception {
        Path file = work.resolve("migrations/revisions/R" + id + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package revisions;

                import dev.retort.ops.Ops;
                import dev.retort.revision.Migration;
                import dev.retort.revision.Revision;

                @Revision(id = "%s", parents = {%s}, message = "%s", created = "2026-11-26T00:00:00Z")
                public final class R%s implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.execute("%s");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.execute("%s");
                    }
                }
                """.formatted(id, parent == null ? "" : "\"" + parent + "\"", id, id, upgradeSql, downgradeSql));
    }

    private Retort retort(RunListener listener) {
        return Retort.configure().url(url()).user("sa").password("")
                .migrationsDir(work.resolve("migrations")).migrationsPackage("revisions")
                .listener(listener).load();
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

    /** A database at r1 whose r1 file was edited since, so upgrade warns after taking the lock and before r2 starts. */
    private void atFirstRevisionWithItsFileEdited() throws Exception {
        revision("aaaaaaaaaaa1", null, "create table alpha (id int)", "drop table alpha");
        retort(RunListener.NONE).upgrade("head");
        revision("aaaaaaaaaaa1", null, "create table alpha (id int, note varchar(20))", "drop table alpha");
        revision("aaaaaaaaaaa2", "aaaaaaaaaaa1", "create table beta (id int)", "drop table beta");
    }

    @Test
    void aConnectionLostBeforeAnyRevisionStartedIsTriedAgain() throws Exception {
        atFirstRevisionWithItsFileEdited();
        List<String> warnings = new ArrayList<>();
        RunListener cutOnFirstWarning = new RunListener() {
            @Override
            public void warning(String message) {
                if (warnings.isEmpty()) {
                    restartServer();
                }
                warnings.add(message);
            }
        };

        var result = retort(cutOnFirstWarning).upgrade("head");

        assertThat(warnings).as("said once, though checked again").singleElement().asString().contains("aaaaaaaaaaa1");
        assertThat(result.after()).containsExactly("aaaaaaaaaaa2");
        assertThat(rows("select revision from retort_history order by revision")).containsExactly("aaaaaaaaaaa1", "aaaaaaaaaaa2");
        assertThat(rows("select table_name from information_schema.tables where table_name = 'BETA'")).containsExactly("BETA");
    }

    @Test
    void aConnectionLostInsideARevisionIsAFailure() throws Exception {
        revision("aaaaaaaaaaa1", null, "create table alpha (id int)", "drop table alpha");
        List<String> started = new ArrayList<>();
        RunListener cutInsideTheRevision = new RunListener() {
            @Override
            public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
                started.add(revision.id());
            }

            @Override
            public void statementExecuted(String sql) {
                restartServer();
            }
        };

        assertThatThrownBy(() -> retort(cutInsideTheRevision).upgrade("head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("upgrade of revision aaaaaaaaaaa1");

        assertThat(started).as("not tried again").containsExactly("aaaaaaaaaaa1");
        assertThat(rows("select count(*) from retort_version")).containsExactly("0");
        assertThat(rows("select table_name from information_schema.tables where table_name = 'ALPHA'")).containsExactly("ALPHA");
    }

    @Test
    void aConnectionLostAfterTheWorkIsDoneLeavesItDone() throws Exception {
        revision("aaaaaaaaaaa1", null, "create table alpha (id int)", "drop table alpha");
        List<String> warnings = new ArrayList<>();
        RunListener cutWhenFinished = new RunListener() {
            @Override
            public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
                restartServer();
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };

        var result = retort(cutWhenFinished).upgrade("head");

        assertThat(result.after()).containsExactly("aaaaaaaaaaa1");
        assertThat(warnings).singleElement().asString()
                .contains("the deployment lock's connection was lost before the run ended", "another deployer may have run");
        assertThat(rows("select version_id from retort_version")).containsExactly("aaaaaaaaaaa1");
    }
}
