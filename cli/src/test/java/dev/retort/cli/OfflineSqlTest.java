package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline SQL for production: the script a DBA runs with the database's own client builds the
 * same catalog online upgrade builds, records the head where {@code current} finds it, and the
 * downgrade script returns to base. Writing it connects to nothing. One subclass per database.
 */
abstract class OfflineSqlTest {

    private static final Pattern URL = Pattern.compile("jdbc:[a-z]+://([^:/]+):(\\d+)/([^?;]+).*");

    @TempDir
    Path project;

    abstract TestDatabase kind();

    /** The database's own command-line client, stopping at the first error. */
    abstract List<String> client(String host, String port, String user, String database, Path script);

    private void configure(TestDatabase.Fresh database, String entityPackage) throws IOException {
        Files.writeString(project.resolve("retort.properties"), String.join("\n",
                "url=" + database.url(), "user=" + database.user(), "password=" + database.password(),
                "entities.packages=" + entityPackage, "entities.sources=entities",
                "migrations.dir=migrations", "migrations.package=app.migrations") + "\n");
    }

    private void run(Path script, TestDatabase.Fresh database) throws Exception {
        Matcher url = URL.matcher(database.url());
        assertThat(url.matches()).as(database.url()).isTrue();
        Child.Finished client = Child.start(new ProcessBuilder(client(url.group(1), url.group(2), database.user(), url.group(3), script))
                .redirectInput(script.toFile())).await(Duration.ofMinutes(2));
        assertThat(client.exitCode()).as(client.output()).isZero();
    }

    @Test
    void theScriptBuildsWhatOnlineUpgradeBuildsAndTheDowngradeScriptUndoesIt() throws Exception {
        try (TestDatabase.Fresh online = kind().create(); TestDatabase.Fresh offline = kind().create()) {
            Cli.tutorialProject(project, online.url(), online.user(), online.password());
            assertThat(Cli.retort(project, "autogen", "-m", "initial").exitCode()).isZero();
            assertThat(Cli.retort(project, "upgrade", "head").exitCode()).isZero();
            Path employee = project.resolve("entities/Employee.java");
            Files.writeString(employee, Files.readString(employee).replace("    @Column(length = 10)\n    private String gender;\n\n", ""));
            assertThat(Cli.retort(project, "autogen", "-m", "remove gender").exitCode()).isZero();
            assertThat(Cli.retort(project, "upgrade", "head").exitCode()).isZero();

            Cli.Run up = Cli.retort(project, "upgrade", "--sql", "base:head", "-o", "up.sql");
            assertThat(up.exitCode()).as(up.err()).isZero();
            run(project.resolve("up.sql"), offline);
            assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));

            Cli.Run current = Cli.retort(project, "--url", offline.url(), "current");
            assertThat(current.out()).as(current.err()).endsWith(" (head)\n").isEqualTo(Cli.retort(project, "current").out());

            assertThat(Cli.retort(project, "downgrade", "--sql", "head:base", "-o", "down.sql").exitCode()).isZero();
            run(project.resolve("down.sql"), offline);
            assertThat(Cli.retort(project, "--url", offline.url(), "current").out()).isEqualTo("base\n");
            assertThat(CatalogSnapshot.of(offline)).allMatch(line -> line.startsWith("sequence") || line.contains("retort_"));
        }
    }

    /**
     * An index built concurrently and an outside-transaction block: online and through the
     * database's own client, the same catalog (where DDL is transactional, the script commits
     * before them and begins after; elsewhere they carry the online options), and back to base.
     */
    @Test
    void indexesBuiltConcurrentlyAndOutsideTheTransactionBuildTheSameThroughTheScript() throws Exception {
        try (TestDatabase.Fresh online = kind().create(); TestDatabase.Fresh offline = kind().create()) {
            Cli.tutorialProject(project, online.url(), online.user(), online.password());
            assertThat(Cli.retort(project, "autogen", "-m", "initial").exitCode()).isZero();
            Path revision = project.resolve(Cli.generatedFile(Cli.ok(project, "revision", "-m", "online indexes")));
            Files.writeString(revision, Files.readString(revision)
                    .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        op.execute(\"update employee set phone = null\");"
                            + "\n        op.createIndex(\"employee\", index(\"ix_employee_phone\", \"phone\")).concurrently();"
                            + "\n        op.outsideTransaction(() -> op.createIndex(\"employee\", index(\"ix_employee_gender\", \"gender\")));"
                            + "\n        op.createIndex(\"employee\", index(\"ix_employee_job_title\", \"job_title\"));")
                    .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        op.outsideTransaction(() -> op.dropIndex(\"employee\", index(\"ix_employee_gender\", \"gender\")));"
                            + "\n        op.dropIndex(\"employee\", index(\"ix_employee_job_title\", \"job_title\"));"
                            + "\n        op.dropIndex(\"employee\", index(\"ix_employee_phone\", \"phone\")).concurrently();"));
            Cli.Run applied = Cli.retort(project, "upgrade", "head");
            assertThat(applied.exitCode()).as(applied.err()).isZero();

            Cli.Run up = Cli.retort(project, "upgrade", "--sql", "base:head", "-o", "up.sql");
            assertThat(up.exitCode()).as(up.err()).isZero();
            if (kind() == TestDatabase.POSTGRESQL) {
                assertThat(Files.readString(project.resolve("up.sql"))).contains("update employee set phone = null;\ncommit;\n"
                        + "create index concurrently ix_employee_phone on employee (phone);\n"
                        + "create index ix_employee_gender on employee (gender);\nbegin;\ncreate index ix_employee_job_title");
            }
            run(project.resolve("up.sql"), offline);
            assertThat(CatalogSnapshot.of(offline)).anyMatch(line -> line.startsWith("index") && line.contains("ix_employee_phone"))
                    .isEqualTo(CatalogSnapshot.of(online));
            assertThat(Cli.retort(project, "--url", offline.url(), "current").out()).endsWith(" (head)\n");

            assertThat(Cli.retort(project, "downgrade", "--sql", "head:base", "-o", "down.sql").exitCode()).isZero();
            if (kind() == TestDatabase.POSTGRESQL) {
                assertThat(Files.readString(project.resolve("down.sql"))).as("opening outside its transaction, it begins none before")
                        .contains(", online indexes\ndrop index ix_employee_gender;\nbegin;\ndrop index ix_employee_job_title;\ncommit;\n"
                                + "drop index concurrently ix_employee_phone;\nbegin;\n");
            }
            run(project.resolve("down.sql"), offline);
            assertThat(Cli.retort(project, "--url", offline.url(), "current").out()).isEqualTo("base\n");
            Cli.Run down = Cli.retort(project, "downgrade", "base");
            assertThat(down.exitCode()).as(down.err()).isZero();
            assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));
        }
    }

    /**
     * Names and comments crafted to end a literal or an identifier and run a statement of their
     * own stay data: online and through the script, the catalog holds exactly those names and
     * comments, and the table they aim at is still there.
     */
    @Test
    void hostileNamesAndCommentsStayData() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Path entities = Files.createDirectories(project.resolve("entities/evil"));
        Files.writeString(entities.resolve("Victim.java"),
                "package evil;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"victim\")\npublic class Victim { @Id Long id; }\n");
        Files.writeString(entities.resolve("Evil.java"), """
                package evil;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "`it's; drop table victim; --`", comment = "it's a \\\\' trap'); drop table victim; -- \\\\")
                public class Evil {
                    @Id Long id;
                    @Column(name = "`col\\"umn`; drop table victim`", comment = "x'); drop table victim; --") String text;
                }
                """);
        try (TestDatabase.Fresh online = kind().create(); TestDatabase.Fresh offline = kind().create()) {
            configure(online, "evil");
            assertThat(Cli.retort(project, "autogen", "-m", "hostile").exitCode()).isZero();
            Cli.Run upgrade = Cli.retort(project, "upgrade", "head");
            assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
            Cli.Run check = Cli.retort(project, "check");
            assertThat(check.exitCode()).as("names and comments read back exactly: " + check.out() + check.err()).isZero();
            List<String> catalog = CatalogSnapshot.of(online);
            assertThat(catalog).contains("table | victim | -")
                    .anyMatch(line -> line.contains("it's a \\' trap'); drop table victim; -- \\"));

            Cli.Run up = Cli.retort(project, "upgrade", "--sql", "base:head", "-o", "up.sql");
            assertThat(up.exitCode()).as(up.err()).isZero();
            run(project.resolve("up.sql"), offline);
            assertThat(CatalogSnapshot.of(offline)).isEqualTo(catalog);
        }
    }

    @Test
    void writingTheScriptConnectsToNothing() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Folders.copyTree(Path.of("..", "migrations", "src", "main", "java"), project.resolve("migrations"));
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(500);
            String url = "jdbc:" + (kind() == TestDatabase.POSTGRESQL ? "postgresql" : "mariadb") + "://127.0.0.1:" + listener.getLocalPort() + "/app";
            Files.writeString(project.resolve("retort.properties"), "url=" + url + "\nuser=nobody\nmigrations.dir=migrations\n");

            Cli.Run script = Cli.retort(project, "upgrade", "--sql", "head");

            assertThat(script.exitCode()).as(script.err()).isZero();
            assertThat(script.out()).contains("create table", "insert into retort_version");
            try {
                listener.accept().close();
                throw new AssertionError("writing an offline script connected to the database");
            } catch (SocketTimeoutException expected) {
                // nobody knocked
            }
        }
    }
}
