package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CompiledClasses;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/errors.md, case by case (the display name is the case's number): the exit code, the one
 * line on stderr (no stack trace, no password), and that no file was written or left half-written.
 */
class ErrorCatalogueTest {

    @TempDir
    Path project;

    private void config(String... lines) throws IOException {
        Files.writeString(project.resolve("retort.properties"), String.join("\n", lines) + "\n");
    }

    /** A working tutorial project on H2, at base. */
    private void tutorial() {
        Cli.tutorialProject(project);
    }

    private String ok(String... args) {
        return Cli.ok(project, args);
    }

    /** The project's files other than the database's, to prove an error wrote nothing. */
    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile).map(path -> project.relativize(path).toString())
                    .filter(name -> !name.startsWith("db.")).sorted().toList();
        }
    }

    private Cli.Run fails(int exitCode, String message, String... args) throws IOException {
        List<String> before = files();
        Cli.Run run = Cli.retort(project, args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("retort: ").contains(message).doesNotContain("\tat ", "Exception:");
        assertThat(files()).as("nothing written, nothing half-written").isEqualTo(before);
        return run;
    }

    private Path revisionFile(String marker) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("migrations"))) {
            return walk.filter(path -> path.getFileName().toString().contains(marker)).findFirst().orElseThrow();
        }
    }

    /** The tutorial's first revision applied, then its file edited; its id. */
    private String appliedThenEdited(String text, String replacement) throws IOException {
        tutorial();
        String first = id(ok("autogen", "-m", "initial"));
        ok("upgrade", "head");
        Path file = revisionFile(first);
        Files.writeString(file, Files.readString(file).replace(text, replacement));
        return first;
    }

    private static String id(String output) {
        return Cli.generatedId(output);
    }

    @Test @DisplayName("E01 missing configuration")
    void e01() throws IOException {
        assertThat(fails(2, "no retort.properties at", "current").err()).contains("retort init");
    }

    @Test @DisplayName("E02 unreadable configuration")
    void e02() throws IOException {
        Files.createDirectories(project.resolve("retort.properties"));
        fails(2, "is a folder, not a configuration file", "current");
    }

    @Test @DisplayName("E03 malformed configuration")
    void e03() throws IOException {
        config("url=jdbc:h2:./db", "user=\\uZZZZ");
        fails(2, "is malformed", "current");
    }

    @Test @DisplayName("E04 configuration that is not UTF-8")
    void e04() throws IOException {
        Files.write(project.resolve("retort.properties"), new byte[] {'u', 'r', 'l', '=', (byte) 0xC3, (byte) 0x28, '\n'});
        fails(2, "is not valid UTF-8", "current");
    }

    @Test @DisplayName("E05 unknown configuration key")
    void e05() throws IOException {
        config("url=jdbc:h2:./db", "entity.packages=app.model");
        assertThat(fails(2, "unknown key 'entity.packages'", "current").err()).contains("did you mean 'entities.packages'?");
    }

    @Test @DisplayName("E06 a ${VAR} that is not set")
    void e06() throws IOException {
        config("url=jdbc:h2:./db", "password=${RETORT_TEST_NO_SUCH_VARIABLE}");
        fails(2, "uses ${RETORT_TEST_NO_SUCH_VARIABLE}, which is not set", "current");
    }

    @Test @DisplayName("E07 no database URL")
    void e07() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("migrations.dir=migrations");
        fails(2, "no database URL", "upgrade", "head");
    }

    @Test @DisplayName("E08 unknown dialect")
    void e08() throws IOException {
        config("url=jdbc:h2:./db", "dialect=sybase");
        fails(2, "unknown dialect 'sybase'", "current");
    }

    @Test @DisplayName("E09 unreachable database")
    void e09() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("url=jdbc:h2:tcp://127.0.0.1:1/nothing;PASSWORD=url-secret", "password=s3cret-pass", "migrations.dir=migrations");
        Cli.Run run = fails(1, "cannot connect to jdbc:h2:tcp://127.0.0.1:1/nothing", "current");
        assertThat(run.err() + run.out()).doesNotContain("s3cret-pass", "url-secret");
    }

    @Test @DisplayName("E10 wrong password")
    void e10() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.MARIADB.create()) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create user if not exists 'retort_e10'@'%' identified by 'right-one'");
            }
            Files.createDirectories(project.resolve("migrations"));
            String url = database.url() + (database.url().contains("?") ? "&" : "?") + "password=wrong-in-url";
            config("url=" + url, "user=retort_e10", "password=Wr0ng-Secret", "migrations.dir=migrations");
            try {
                Cli.Run run = fails(1, "cannot connect to", "current");
                assertThat(run.err() + run.out()).doesNotContain("Wr0ng-Secret", "wrong-in-url").contains("Access denied");
            } finally {
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    statement.execute("drop user if exists 'retort_e10'@'%'");
                }
            }
        }
    }

    @Test @DisplayName("E11 an entity package without entities")
    void e11() throws IOException {
        tutorial();
        config("url=jdbc:h2:./db", "entities.packages=no.such.pkg", "entities.sources=entities", "migrations.dir=migrations");
        fails(2, "no @Entity classes in package no.such.pkg", "autogen", "-m", "x");
    }

    @Test @DisplayName("E12 an entity source that does not compile")
    void e12() throws IOException {
        tutorial();
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("private String phone;", "private Strin phone;"));
        assertThat(fails(2, "does not compile", "autogen", "-m", "x").err()).contains("Employee.java:");
    }

    @Test @DisplayName("E13 two entities mapping one column with different types")
    void e13() throws IOException {
        tutorial();
        Files.writeString(project.resolve("entities/Staff.java"), "package dev.retort.sample.model;\nimport jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"employee\") public class Staff { @Id Long id; Integer phone; }\n");
        assertThat(fails(2, "entities dev.retort.sample.model.Employee and dev.retort.sample.model.Staff both map column employee.phone, as ",
                "autogen", "-m", "x").err()).contains("integer", "make them agree");
        Files.writeString(project.resolve("entities/Staff.java"), "package dev.retort.sample.model;\nimport jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"employee\") public class Staff { @Id Long id; }\n");
        assertThat(ok("autogen", "-m", "x")).contains("Generated "); // sharing a table is fine
    }

    @Test @DisplayName("E14 unknown target")
    void e14() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        fails(2, "no revision 'zzzz'", "upgrade", "zzzz");
    }

    @Test @DisplayName("E15 ambiguous target prefix")
    void e15() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        String first = id(ok("revision", "-m", "one"));
        String second = id(ok("revision", "-m", "two"));
        Path file = revisionFile(second);
        String sameStart = first.substring(0, 1) + second.substring(1);
        Files.writeString(file, Files.readString(file).replace(second, sameStart));
        Files.move(file, file.resolveSibling(file.getFileName().toString().replace(second, sameStart)));
        fails(2, "is ambiguous", "upgrade", first.substring(0, 1));
    }

    @Test @DisplayName("E16 malformed target")
    void e16() throws IOException {
        tutorial();
        fails(2, "malformed target '++1'", "upgrade", "++1");
    }

    @Test @DisplayName("E17 downgrade below base")
    void e17() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        ok("upgrade", "head");
        fails(2, "goes below base", "downgrade", "-2");
    }

    @Test @DisplayName("E18 upgrade past head")
    void e18() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        fails(2, "goes past head", "upgrade", "+2");
    }

    @Test @DisplayName("E19 revisions in a cycle")
    void e19() throws IOException {
        tutorial();
        String first = id(ok("autogen", "-m", "initial"));
        String second = id(ok("revision", "-m", "second"));
        Path file = revisionFile(first);
        Files.writeString(file, Files.readString(file).replace("parents = {}", "parents = \"" + second + "\""));
        fails(2, "part of a cycle", "history");
    }

    @Test @DisplayName("E20 two files claiming one revision id")
    void e20() throws IOException {
        tutorial();
        String first = id(ok("autogen", "-m", "initial"));
        String second = id(ok("revision", "-m", "second"));
        Path file = revisionFile(second);
        Files.writeString(file, Files.readString(file).replace("id = \"" + second + "\"", "id = \"" + first + "\"")
                .replace("parents = \"" + first + "\"", "parents = {}"));
        fails(2, "is claimed by both", "history");
    }

    @Test @DisplayName("E21 a revision whose parent is missing")
    void e21() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        String second = id(ok("revision", "-m", "second"));
        Path file = revisionFile(second);
        Files.writeString(file, Files.readString(file).replaceFirst("parents = \"[0-9a-f]+\"", "parents = \"0000deadbeef\""));
        fails(2, "parent revision 0000deadbeef does not exist", "history");
    }

    @Test @DisplayName("E22 a revision with a syntax error")
    void e22() throws IOException {
        tutorial();
        Path broken = Files.createDirectories(project.resolve("migrations/app/migrations")).resolve("Broken.java");
        Files.writeString(broken, "package app.migrations;\nclass Broken {\n  int x = ;\n}\n");
        fails(2, broken + ":3:", "upgrade", "head");
    }

    @Test @DisplayName("E23 an empty message")
    void e23() throws IOException {
        tutorial();
        fails(2, "-m needs a message", "autogen", "-m", "   ");
    }

    @Test @DisplayName("E24 a message that tries to leave the migrations folder")
    void e24() throws IOException {
        tutorial();
        Cli.Run run = Cli.retort(project, "revision", "-m", "../../etc/passwd");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Generated migrations/app/migrations/R[0-9a-f]{12}_etc_passwd.java");
    }

    @Test @DisplayName("E25 a message with slashes and a NUL")
    void e25() throws IOException {
        tutorial();
        Cli.Run run = Cli.retort(project, "revision", "-m", "a/b\\c\u0000d");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Generated migrations/app/migrations/R[0-9a-f]{12}_a_b_c_d.java");
    }

    @Test @DisplayName("E26 a migrations folder Retort cannot write into")
    void e26() throws IOException {
        tutorial();
        Files.createDirectories(project.resolve("migrations/app"));
        Files.writeString(project.resolve("migrations/app/migrations"), "a file where the package folder should be");
        fails(1, "cannot write revision into", "revision", "-m", "blocked");
    }

    @Test @DisplayName("E27 a database at a revision no file knows")
    void e27() throws Exception {
        tutorial();
        ok("autogen", "-m", "initial");
        ok("upgrade", "head");
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:" + project.resolve("db"), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("update retort_version set version_id = 'feedfacecafe'");
        }
        fails(2, "which no revision file defines", "upgrade", "head");
    }

    @Test @DisplayName("E28 bookkeeping edited by hand")
    void e28() throws Exception {
        tutorial();
        String first = id(ok("autogen", "-m", "initial"));
        ok("revision", "-m", "second");
        ok("upgrade", "head");
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:" + project.resolve("db"), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("insert into retort_version (version_id) values ('" + first + "')");
        }
        assertThat(fails(2, "the bookkeeping was edited", "upgrade", "head").err()).contains("stamp --purge");
    }

    @Test @DisplayName("E29 autogenerate on a database that is not at head")
    void e29() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        assertThat(fails(1, "not at head", "autogen", "-m", "again").err()).contains("retort upgrade head");
    }

    @Test @DisplayName("E30 a malformed rename")
    void e30() throws IOException {
        tutorial();
        fails(2, "malformed rename 'employee.job_title'", "autogen", "-m", "x", "--rename", "employee.job_title");
    }

    @Test @DisplayName("E31 an offline downgrade without its start")
    void e31() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        fails(2, "malformed range 'base'", "downgrade", "--sql", "base");
    }

    @Test @DisplayName("E32 offline SQL without a dialect")
    void e32() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("migrations.dir=migrations");
        fails(2, "offline SQL needs 'dialect'", "upgrade", "--sql", "head");
    }

    @Test @DisplayName("E33 an applied revision edited, under --strict")
    void e33() throws IOException {
        appliedThenEdited("varchar(120)", "varchar(121)");
        fails(1, "has changed since it was applied; refusing under --strict (once the change is reviewed, 'retort repair' records",
                "upgrade", "head", "--strict");
    }

    @Test @DisplayName("E34 an unknown command or option")
    void e34() {
        Cli.Run run = Cli.retort(project, "upgrayedd");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("retort: Unmatched argument").contains("upgrayedd", "(see 'retort --help')").doesNotContain("\tat ");
    }

    @Test @DisplayName("E35 a stamp over a revision no file knows")
    void e35() throws Exception {
        tutorial();
        ok("autogen", "-m", "initial");
        ok("upgrade", "head");
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:" + project.resolve("db"), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("update retort_version set version_id = 'feedfacecafe'");
        }
        fails(2, "use --purge", "stamp", "head");
        assertThat(ok("stamp", "--purge", "head")).contains("recorded at");
    }

    @Test @DisplayName("E36 a naming strategy that cannot be loaded")
    void e36() throws IOException {
        tutorial();
        Files.writeString(project.resolve("retort.properties"), Files.readString(project.resolve("retort.properties"))
                + "naming.strategy=com.example.NoSuchStrategy\n");
        fails(2, "cannot load naming strategy com.example.NoSuchStrategy", "autogen", "-m", "x");
    }

    @Test @DisplayName("E37 a lock timeout that is not a number")
    void e37() throws IOException {
        tutorial();
        Files.writeString(project.resolve("retort.properties"), Files.readString(project.resolve("retort.properties")) + "lock.timeout=soon\n");
        fails(2, "'lock.timeout' must be a number of seconds", "upgrade", "head");
    }

    @Test @DisplayName("E38 a deployment lock held too long by another run")
    void e38() throws Exception {
        tutorial();
        ok("autogen", "-m", "initial");
        Files.writeString(project.resolve("retort.properties"), Files.readString(project.resolve("retort.properties")) + "lock.timeout=1\n");
        try (Connection holder = java.sql.DriverManager.getConnection("jdbc:h2:" + project.resolve("db") + ";AUTO_SERVER=TRUE", "sa", "");
                var lock = dev.retort.dialect.DatabaseKind.dialectOf(holder).lock(holder, "PUBLIC", java.time.Duration.ofSeconds(5))) {
            Files.writeString(project.resolve("retort.properties"), Files.readString(project.resolve("retort.properties"))
                    .replace("url=jdbc:h2:./db", "url=jdbc:h2:./db;AUTO_SERVER=TRUE"));
            Cli.Run run = fails(1, "another Retort run holds the deployment lock", "upgrade", "head");
            assertThat(run.err()).contains("lock.timeout");
            assertThat(run.out()).as("said while waiting, not only on giving up")
                    .startsWith("Waiting up to 1 s (lock.timeout) for the deployment lock, held by another session of this H2 database");
        }
    }

    @Test @DisplayName("E39 a stack trace only with --debug")
    void e39() throws IOException {
        config("url=jdbc:h2:./db", "entity.packages=app.model");
        Cli.Run run = Cli.retort(project, "--debug", "current");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ", "RetortException");
    }

    @Test @DisplayName("E40 interrupted (Ctrl-C, or a plain kill) during a run")
    void e40() {
        // Covered with a real process and signal by InterruptIT, on PostgreSQL and MariaDB: exit 130, the statement
        // cancelled on the server, and the catalog and rows where the message says. Here: that test asserts both.
        assertThat(Path.of("src/test/java/dev/retort/cli/InterruptIT.java")).content(StandardCharsets.UTF_8)
                .contains("isEqualTo(130)", "retort: interrupted; cancelling the statement running", "was cancelled at statement");
    }

    @Test @DisplayName("E41 a name longer than the database keeps")
    void e41() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.POSTGRESQL.create()) {
            tutorial();
            config("url=" + database.url(), "user=" + database.user(), "entities.packages=dev.retort.sample.model",
                    "entities.sources=entities", "migrations.dir=migrations", "migrations.package=app.migrations");
            String table = "employee_performance_review_outcomes_by_quarter_and_department_v2"; // 65 bytes: PostgreSQL would keep 63
            Files.writeString(project.resolve("entities/Review.java"), "package dev.retort.sample.model;\nimport jakarta.persistence.*;\n"
                    + "@Entity @Table(name = \"" + table + "\") public class Review { @Id Long id; }\n");
            fails(2, "table " + table + ": the name is 65 bytes long; PostgreSQL keeps at most 63 bytes", "autogen", "-m", "x");
        }
    }

    @Test @DisplayName("E42 a hand-written revision naming something longer than the database keeps")
    void e42() throws IOException {
        tutorial();
        String id = id(ok("revision", "-m", "long name"));
        Path file = revisionFile(id);
        String table = "t" + "x".repeat(299);
        Files.writeString(file, Files.readString(file).replaceFirst("// nothing to do",
                "op.createTable(table(\"" + table + "\").column(column(\"id\", bigint()).notNull()));"));
        assertThat(fails(2, "upgrade() cannot run on H2", "upgrade", "head").err())
                .contains("the name is 300 characters long; H2 keeps at most 256");
        assertThat(ok("current")).doesNotContain(id);
    }

    @Test @DisplayName("E43 a columnDefinition type the database does not know")
    void e43() throws IOException {
        tutorial();
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("@Column(length = 20)",
                "@Column(columnDefinition = \"jsonbx not null\")"));
        assertThat(fails(2, "column phone: columnDefinition type 'jsonbx' is not one H2 ", "autogen", "-m", "x").err())
                .containsIgnoringCase("jsonbx");
    }

    @Test @DisplayName("E44 an applied revision edited, under check --strict")
    void e44() throws IOException {
        String first = appliedThenEdited("varchar(120)", "varchar(121)");
        assertThat(ok("check")).contains("WARNING: revision " + first, "matches");
        Cli.Run strict = fails(1, "1 applied revision file(s) changed since they ran (--strict); once the change is reviewed,"
                + " 'retort repair' records the files as they are now", "check", "--strict");
        assertThat(strict.out()).contains("WARNING: revision " + first).doesNotContain("matches");
    }

    @Test @DisplayName("E45 -o without --sql")
    void e45() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        List<String> before = files();
        for (String[] args : List.of(new String[] {"upgrade", "head", "-o", "up.sql"}, new String[] {"downgrade", "base", "--output", "down.sql"})) {
            Cli.Run run = Cli.retort(project, args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("retort: Missing required argument(s): --sql (see 'retort " + args[0] + " --help')\n");
        }
        assertThat(files()).as("nothing run, nothing written").isEqualTo(before);
        assertThat(ok("current")).isEqualTo("base\n");
    }

    @Test @DisplayName("E46 a schema that does not exist")
    void e46() throws Exception {
        tutorial();
        assertThat(ok("current")).isEqualTo("base (head)\n");
        Path config = project.resolve("retort.properties");
        Files.writeString(config, Files.readString(config) + "schema=NOPE\n");
        assertThat(fails(1, "cannot use schema NOPE: ", "current").err()).contains("NOPE", "not found");
        try (TestDatabase.Fresh database = TestDatabase.POSTGRESQL.create()) { // where setting it never fails by itself
            config("url=" + database.url(), "user=" + database.user(), "password=" + database.password(), "schema=nope",
                    "migrations.dir=migrations");
            fails(1, "cannot use schema nope: schema \"nope\" does not exist", "current");
        }
    }

    @Test @DisplayName("E47 a revision whose own code throws")
    void e47() throws IOException {
        String first = appliedThenEdited("public void upgrade(Ops op) {",
                "public void upgrade(Ops op) {\n        if (op != null) throw new IllegalStateException(\"boom\");");
        String expected = revisionFile(first).getFileName() + ": upgrade() failed: boom";
        fails(2, expected, "current");
        fails(2, expected, "autogen", "-m", "next");
        fails(2, expected, "upgrade", "--sql", "base:head");
        fails(2, expected, "downgrade", "base");
        assertThat(ok("history")).contains(first);
    }

    private void appendConfig(String... lines) throws IOException {
        Path config = project.resolve("retort.properties");
        Files.writeString(config, Files.readString(config) + String.join("\n", lines) + "\n");
    }

    @Test @DisplayName("E48 a Hibernate setting Retort decides itself")
    void e48() throws IOException {
        tutorial();
        appendConfig("hibernate.dialect=org.hibernate.dialect.PostgreSQLDialect");
        fails(2, "'hibernate.dialect' is decided by Retort: set 'dialect' instead", "current");
        Files.writeString(project.resolve("retort.properties"), "jakarta.persistence.jdbc.password=hunter2\n");
        assertThat(fails(2, "'jakarta.persistence.jdbc.password' is decided by Retort: set 'password' instead", "current").err())
                .doesNotContain("hunter2");
    }

    @Test @DisplayName("E49 schema and hibernate.default_schema disagree")
    void e49() throws IOException {
        tutorial();
        appendConfig("schema=PUBLIC", "hibernate.default_schema=APP");
        fails(2, "'schema' is PUBLIC but hibernate.default_schema is APP", "current");
    }

    @Test @DisplayName("E50 Bean Validation required without a provider, or an unknown mode")
    void e50() throws IOException {
        tutorial();
        appendConfig("jakarta.persistence.validation.mode=ddl");
        fails(2, "jakarta.persistence.validation.mode asks for Bean Validation, but no provider", "autogen", "-m", "x");
        fails(2, "jakarta.persistence.validation.mode asks for Bean Validation, but no provider", "check");
        Path config = project.resolve("retort.properties");
        Files.writeString(config, Files.readString(config).replace("mode=ddl", "mode=sometimes"));
        fails(2, "Unknown validation mode in jakarta.persistence.validation.mode: sometimes (expected auto, ddl, callback or none)",
                "autogen", "-m", "x");
    }

    @Test @DisplayName("E51 a dependency missing from entities.classpath")
    void e51() throws IOException {
        Path library = CompiledClasses.compile(project, "library", List.of(), "lib/AuditedBase.java",
                "package lib; @jakarta.persistence.MappedSuperclass public abstract class AuditedBase { public String createdBy; }");
        Path classes = CompiledClasses.compile(project, "app", List.of(library), "app/Invoice.java",
                "package app; @jakarta.persistence.Entity public class Invoice extends lib.AuditedBase { @jakarta.persistence.Id Long id; }");
        Files.createDirectories(project.resolve("migrations"));
        config("url=jdbc:h2:./db", "entities.packages=app", "entities.classpath=" + project.relativize(classes), "migrations.dir=migrations");
        fails(2, "app.Invoice needs lib.AuditedBase, which is not on entities.classpath", "check");
    }

    @Test @DisplayName("E52 a key longer than the database indexes")
    void e52() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.MARIADB.create()) {
            Cli.tutorialProject(project, database.url(), database.user(), database.password());
            Path employee = project.resolve("entities/Employee.java");
            Files.writeString(employee, Files.readString(employee).replace("@Index(name = \"ix_employee_last_name\", columnList = \"last_name\")",
                    "@Index(name = \"ix_employee_names\", columnList = \"first_name, last_name, email, phone\")"));
            Files.writeString(employee, Files.readString(employee).replace("@Column(unique = true, length = 200)", "@Column(unique = true, length = 700)"));
            fails(2, "the index ix_employee_names of table employee (", "autogen", "-m", "x");
        }
    }

    @Test @DisplayName("E53 upgrade --resume with nothing to resume")
    void e53() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        fails(2, "nothing to resume: the last run recorded did not stop part-way through an upgrade", "upgrade", "--resume", "head");
        assertThat(ok("current")).isEqualTo("base\n");
    }

    @Test @DisplayName("E54 baseline where revisions exist")
    void e54() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        fails(2, "baseline writes the first revision, and ", "baseline", "-m", "baseline");
        assertThat(ok("current")).isEqualTo("base\n");
    }

    @Test @DisplayName("E55 a persistence unit that cannot be chosen")
    void e55() throws IOException {
        Path classes = CompiledClasses.compile(project, "app", List.of(), "app/Invoice.java",
                "package app; @jakarta.persistence.Entity public class Invoice { @jakarta.persistence.Id Long id; }");
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
                  <persistence-unit name="billing"><class>app.Invoice</class></persistence-unit>
                  <persistence-unit name="reports"><class>app.Invoice</class></persistence-unit>
                </persistence>
                """);
        Files.createDirectories(project.resolve("migrations"));
        config("url=jdbc:h2:./db", "entities.classpath=" + project.relativize(classes), "migrations.dir=migrations");
        fails(2, "persistence.xml has several persistence units (billing, reports): set persistence.unit", "check");
        config("url=jdbc:h2:./db", "entities.classpath=" + project.relativize(classes), "migrations.dir=migrations", "persistence.unit=orders");
        fails(2, "persistence.xml has no persistence unit orders (it has billing, reports)", "check");
    }

    @Test @DisplayName("E56 a check the database refuses")
    void e56() throws IOException {
        tutorial();
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("public class Employee",
                "@org.hibernate.annotations.Check(constraints = \"no_such_column > 0\") public class Employee"));
        assertThat(fails(2, "check (no_such_column > 0) of table employee is not valid on H2", "autogen", "-m", "x").err())
                .containsIgnoringCase("no_such_column");
    }

    @Test @DisplayName("E57 a server that accepts the connection and never answers")
    void e57() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        silent.accept(); // and say nothing, ever
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            Files.createDirectories(project.resolve("migrations"));
            config("url=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app", "user=app", "connect.timeout=2",
                    "migrations.dir=migrations");
            long started = System.nanoTime();
            fails(1, "cannot connect to jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app", "current");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test @DisplayName("E58 a database that cannot be reached, under a long lock.timeout")
    void e58() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        tutorial();
        ok("autogen", "-m", "initial");
        appendConfig("url=jdbc:mariadb://127.0.0.1:" + port + "/app", "lock.timeout=60"); // the later url wins
        long started = System.nanoTime();
        fails(1, "cannot connect to jdbc:mariadb://127.0.0.1:" + port + "/app", "upgrade", "head");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("said at once, not tried for lock.timeout").isLessThan(Duration.ofSeconds(20));
    }

    @Test @DisplayName("E59 a password in the URL, echoed by the driver")
    void e59() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("url=jdbc:mariadb://app:S3cr3t-In-Url@127.0.0.1:3306/app", "migrations.dir=migrations");
        assertThat(fails(1, "cannot connect to jdbc:mariadb://***@127.0.0.1:3306/app", "current").err()).doesNotContain("S3cr3t-In-Url");
        Cli.Run debug = Cli.retort(project, "--debug", "current");
        assertThat(debug.err()).contains("\tat ").doesNotContain("S3cr3t-In-Url");
        assertThat(debug.out()).doesNotContain("S3cr3t-In-Url");
    }

    @Test @DisplayName("E60 a step larger than any history")
    void e60() throws IOException {
        tutorial();
        ok("autogen", "-m", "initial");
        fails(2, "target '-99999999999999999999' moves 99999999999999999999 steps: more than any history has", "downgrade",
                "-99999999999999999999");
    }

    @Test @DisplayName("E61 a migrations package that is not a Java package name")
    void e61() throws IOException {
        tutorial();
        appendConfig("migrations.package=app.my-migrations");
        fails(2, "'migrations.package' is 'app.my-migrations', which is not a Java package name", "autogen", "-m", "initial");
    }

    @Test @DisplayName("E62 a dialect that is not the database's")
    void e62() throws IOException {
        tutorial();
        fails(2, "dialect is postgresql but the database at jdbc:h2:", "--dialect", "postgresql", "current");
        assertThat(fails(2, "is H2: set dialect=h2, or leave it out", "--dialect", "postgresql", "upgrade", "head").err())
                .doesNotContain("Running");
    }

    @Test @DisplayName("E63 check when the database cannot be reached")
    void e63() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("url=jdbc:postgresql://127.0.0.1:1/nothing", "migrations.dir=migrations", "entities.packages=app");
        fails(3, "cannot connect to jdbc:postgresql://127.0.0.1:1/nothing", "check");
        fails(1, "cannot connect to jdbc:postgresql://127.0.0.1:1/nothing", "current"); // every other command: failed
    }

    @Test @DisplayName("E64 current --check-head with revisions to apply")
    void e64() throws IOException {
        SampleHistory.write(project, "jdbc:h2:./db", "sa", "", "5107da7a0001", "a column", "op.execute(\"alter table department add column code varchar(8)\");",
                "op.execute(\"alter table department drop column code\");");
        fails(1, "the database is at base, the revision files end at 5107da7a0001: 'retort upgrade head' applies the rest",
                "current", "--check-head");
        ok("upgrade", "882398bc4f89");
        fails(1, "the database is at 882398bc4f89, the revision files end at 5107da7a0001", "current", "--check-head");
        ok("upgrade", "head");
        assertThat(ok("current", "--check-head")).contains("5107da7a0001 (head)");
    }

    @Test @DisplayName("E65 a tenants file line that names no tenant, or no such file")
    void e65() throws IOException {
        SampleHistory.write(project, "jdbc:h2:./db", "sa", "", "5107da7a0001", "a column", "op.execute(\"select 1\");", "");
        Files.writeString(project.resolve("tenants.txt"), "acme\nnot a tenant!\n");
        fails(2, "tenants.txt line 2: 'not a tenant!' is neither a schema name nor a JDBC URL",
                "upgrade", "head", "--tenants", project.resolve("tenants.txt").toString());
        fails(2, "no tenants file " + project.resolve("missing.txt") + " (one tenant a line: a schema name or a JDBC URL)",
                "upgrade", "head", "--tenants", project.resolve("missing.txt").toString());
    }

    @Test @DisplayName("E66 an online engine or algorithm Retort does not know")
    void e66() throws IOException {
        tutorial();
        Path config = project.resolve("retort.properties");
        String plain = Files.readString(config);
        appendConfig("online.engine=gh-ost");
        fails(2, "'online.engine' is 'gh-ost': none or pt-osc", "upgrade", "head");
        Files.writeString(config, plain);
        appendConfig("online.algorithm=instant");
        fails(2, "'online.algorithm' is 'instant': assert or server", "upgrade", "head");
    }

    @Test @DisplayName("E67 pt-online-schema-change on a database other than MySQL or MariaDB")
    void e67() throws IOException {
        SampleHistory.write(project, "jdbc:h2:./db", "sa", "", "5107da7a0001", "a column", "op.execute(\"select 1\");", "");
        appendConfig("online.engine=pt-osc");
        fails(2, "online.engine=pt-osc is for MySQL and MariaDB, and this database is H2", "upgrade", "head");
    }
}
