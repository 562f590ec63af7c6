package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deployers racing: separate JVMs running {@code upgrade head} at once. Each revision is applied
 * exactly once; every deployer ends well (the late ones find the work done).
 */
class ConcurrentDeployIT {

    private static final Path JAR = Path.of("target", "retort.jar").toAbsolutePath();

    @TempDir
    Path project;

    private void project(String url, String user, String password) throws IOException {
        SampleHistory.write(project, url, user, password, "5107da7a0001", "many small statements", """
                for (int i = 0; i < 400; i++) {
                            op.execute("insert into department (name) values ('department " + i + "')");
                        }""", "op.execute(\"delete from department where name like 'department %'\");", "lock.timeout=120");
    }

    private List<Child.Finished> race(int deployers) throws Exception {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < deployers; i++) {
            children.add(Child.start(new ProcessBuilder("java", "-jar", JAR.toString(), "-C", project.toString(), "upgrade", "head")));
        }
        List<Child.Finished> outcomes = new ArrayList<>();
        try {
            for (Child child : children) {
                outcomes.add(child.await(Duration.ofMinutes(3)));
            }
        } finally { // one stuck: the others must not outlive the test, holding its database
            children.forEach(child -> child.process().destroyForcibly());
        }
        return outcomes;
    }

    private static List<String> rows(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2));
            }
            return rows;
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void eightDeployersApplyEachRevisionOnce(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            project(database.url(), database.user(), database.password());

            List<Child.Finished> outcomes = race(8);

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.exitCode()).as(outcome.output()).isZero());
            assertThat(outcomes.stream().filter(outcome -> outcome.output().contains("Running upgrade"))).hasSize(1);
            assertThat(rows(database.url(), database.user(), database.password(),
                    "select revision, count(*) from retort_history group by revision order by revision"))
                    .containsExactly("5107da7a0001 1", "882398bc4f89 1");
            assertThat(rows(database.url(), database.user(), database.password(), "select version_id, 'head' from retort_version"))
                    .containsExactly("5107da7a0001 head");
            assertThat(rows(database.url(), database.user(), database.password(), "select count(*), 'rows' from department"))
                    .containsExactly("400 rows");
        }
    }

    @Test
    void anH2FileShared() throws Exception {
        project("jdbc:h2:./db;AUTO_SERVER=TRUE", "sa", "");

        List<Child.Finished> outcomes = race(3);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.exitCode()).as(outcome.output()).isZero());
        assertThat(rows("jdbc:h2:" + project.resolve("db") + ";AUTO_SERVER=TRUE", "sa", "",
                "select revision, count(*) from retort_history group by revision order by revision"))
                .containsExactly("5107DA7A0001 1".toLowerCase(), "882398bc4f89 1");
    }

    @Test
    void anH2FileInUseIsAClearErrorNotCorruption() throws Exception {
        project("jdbc:h2:./db", "sa", "");

        List<Child.Finished> outcomes = race(3);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.exitCode() == 0
                || (outcome.exitCode() == 1 && outcome.output().contains("in use") && !outcome.output().contains("\tat "))).as(outcome.output()).isTrue());
        assertThat(outcomes).anySatisfy(outcome -> assertThat(outcome.exitCode()).isZero());
        assertThat(rows("jdbc:h2:" + project.resolve("db"), "sa", "",
                "select revision, count(*) from retort_history group by revision order by revision"))
                .containsExactly("5107da7a0001 1", "882398bc4f89 1");
    }

    /** A file another process has open (here: this test) is waited for up to lock.timeout, and the wait is said, not silent. */
    @Test
    void anH2FileOpenElsewhereIsWaitedForOutLoud() throws Exception {
        project("jdbc:h2:./db", "sa", "");
        Child deployer;
        try (Connection holder = DriverManager.getConnection("jdbc:h2:" + project.resolve("db"), "sa", "")) {
            deployer = Child.start(new ProcessBuilder("java", "-jar", JAR.toString(), "-C", project.toString(), "upgrade", "head"));
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.readString(deployer.output()).contains("Waiting up to") && System.nanoTime() < giveUp) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(deployer.output())).as("the deployer says it waits")
                    .containsPattern("Waiting up to 1[012]\\d s \\(lock.timeout\\) for the deployment lock, held by another process that has the database file open");
        }
        Child.Finished outcome = deployer.await(Duration.ofMinutes(2));

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).containsOnlyOnce("Waiting up to").contains("Done: the database is at 5107da7a0001");
        assertThat(rows("jdbc:h2:" + project.resolve("db"), "sa", "", "select version_id, 'head' from retort_version"))
                .containsExactly("5107da7a0001 head");
    }
}
