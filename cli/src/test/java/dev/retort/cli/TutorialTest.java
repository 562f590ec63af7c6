package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revision.Migration;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Alembic's tutorial, replayed through the command line on each database (one subclass each).
 * Each step checks the catalog with the test's own SQL, never through Retort's introspector.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TutorialTest {

    private Path project;
    private TestDatabase.Fresh database;
    private String firstRevision;
    private String secondRevision;

    abstract TestDatabase kind();

    /** How information_schema spells varchar here. */
    abstract String varcharType();

    /** The names of the indexes on {@code employee}, by this database's catalog; takes the schema as its parameter. */
    abstract String employeeIndexesSql();

    @BeforeAll
    void createProjectAndDatabase() throws IOException {
        database = kind().create();
        project = Files.createTempDirectory("retort-tutorial-");
        Folders.copyTree(Cli.sampleEntities(), project.resolve("entities"));
    }

    @AfterAll
    void dropProjectAndDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
        if (project != null) {
            try (var files = Files.walk(project)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private Cli.Run retort(String... args) {
        return Cli.retort(project, args);
    }

    private Path migrations() {
        return project.resolve("migrations");
    }

    /** Rows as space-joined lower-case values; a null value is left out. The schema is the single parameter, if any. */
    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setString(1, database.schema());
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        String value = result.getString(i);
                        if (value != null) {
                            values.add(value.toLowerCase(Locale.ROOT));
                        }
                    }
                    rows.add(String.join(" ", values));
                }
            }
        }
        return rows;
    }

    /** The schema's tables, but for H2's deployment lock table (the other databases lock without one). */
    private List<String> tables() throws SQLException {
        return query("select table_name from information_schema.tables where table_schema = ?"
                + " and lower(table_name) <> 'retort_lock' order by lower(table_name)");
    }

    private List<String> employeeColumns() throws SQLException {
        return query("select column_name, data_type, character_maximum_length, is_nullable from information_schema.columns"
                + " where lower(table_name) = 'employee' and table_schema = ? order by lower(column_name)");
    }

    private String varchar(int length) {
        return varcharType() + " " + length;
    }

    private static String revisionId(String autogenOutput) {
        assertThat(Cli.generatedFile(autogenOutput)).startsWith("migrations/tutorial/migrations/R");
        return Cli.generatedId(autogenOutput);
    }

    @Test
    @Order(1)
    void initWritesAConfigAndAnEmptyMigrationsFolder() throws IOException {
        Cli.Run init = retort("init");

        assertThat(init.exitCode()).isZero();
        assertThat(project.resolve("retort.properties")).exists();
        assertThat(migrations()).isEmptyDirectory();
        assertThat(retort("init").exitCode()).as("init refuses to overwrite").isEqualTo(2);

        String config = Files.readString(project.resolve("retort.properties"))
                .replace("url=jdbc:h2:./target/retort-db", "url=" + database.url())
                .replace("user=sa", "user=" + database.user() + "\npassword=" + database.password())
                .replace("#entities.packages=", "entities.packages=dev.retort.sample.model")
                .replace("#entities.sources=", "entities.sources=entities")
                .replace("migrations.package=migrations", "migrations.package=tutorial.migrations");
        Files.writeString(project.resolve("retort.properties"), config);
    }

    @Test
    @Order(2)
    void initialAutogenCreatesEverythingAndUpgradeAppliesIt() throws SQLException {
        Cli.Run autogen = retort("autogen", "-m", "initial migration");

        assertThat(autogen.exitCode()).as(autogen.err()).isZero();
        assertThat(autogen.out()).contains(
                "Detected create table department",
                "Detected create table employee",
                "Detected create table employee_project",
                "Detected create table project",
                "Detected create table salary",
                "Detected create index ix_employee_last_name on employee (last_name)",
                "salary (employee_id) -> employee (id)");
        firstRevision = revisionId(autogen.out());
        assertThat(Cli.javaFiles(migrations())).hasSize(1);

        Cli.Run upgrade = retort("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).contains("Running upgrade base -> " + firstRevision + ", initial migration");

        assertThat(tables()).containsExactly(
                "department", "employee", "employee_project", "project", "retort_history", "retort_version", "salary");
        assertThat(employeeColumns()).containsExactly(
                "department_id bigint yes",
                "email " + varchar(200) + " yes",
                "first_name " + varchar(100) + " no",
                "gender " + varchar(10) + " yes",
                "hired_on date yes",
                "id bigint no",
                "job_title " + varchar(100) + " yes",
                "last_name " + varchar(100) + " no",
                "phone " + varchar(20) + " yes");
        assertThat(query("select constraint_type, table_name from information_schema.table_constraints"
                + " where constraint_type in ('UNIQUE', 'FOREIGN KEY') and table_schema = ? order by lower(table_name), 1"))
                .containsExactly(
                        "unique department",
                        "foreign key employee",
                        "unique employee",
                        "foreign key employee_project",
                        "foreign key employee_project",
                        "foreign key salary");
        assertThat(query(employeeIndexesSql())).contains("ix_employee_last_name");
        assertThat(query("select numeric_precision, numeric_scale from information_schema.columns"
                + " where lower(column_name) = 'amount' and table_schema = ?")).containsExactly("10 2");
        assertThat(retort("current").out()).isEqualTo(firstRevision + " (head)\n");
    }

    @Test
    @Order(3)
    void autogenWithoutAnEditFindsNothing() {
        Cli.Run autogen = retort("autogen", "-m", "nothing");
        assertThat(autogen.exitCode()).isZero();
        assertThat(autogen.out()).isEqualTo("No changes detected; no revision written.\n");
        assertThat(Cli.javaFiles(migrations())).hasSize(1);
    }

    @Test
    @Order(4)
    void removingGenderDropsTheColumnAndDowngradeBringsItBackExactly() throws IOException, SQLException {
        Path employee = project.resolve("entities/Employee.java");
        String source = Files.readString(employee, StandardCharsets.UTF_8);
        String withoutGender = source.replace("    @Column(length = 10)\n    private String gender;\n\n", "");
        assertThat(withoutGender).isNotEqualTo(source);
        Files.writeString(employee, withoutGender, StandardCharsets.UTF_8);

        Cli.Run autogen = retort("autogen", "-m", "remove gender");
        assertThat(autogen.exitCode()).as(autogen.err()).isZero();
        assertThat(autogen.out()).startsWith("Detected drop column employee.gender\n")
                .contains("WARNING: drops column employee.gender and its data");
        secondRevision = revisionId(autogen.out());
        String file = Files.readString(Cli.javaFiles(migrations()).stream()
                .filter(path -> path.toString().contains(secondRevision)).findFirst().orElseThrow());
        assertThat(file).contains("op.dropColumn(\"employee\", column(\"gender\", varchar(10)));",
                "op.addColumn(\"employee\", column(\"gender\", varchar(10)));", "parents = \"" + firstRevision + "\"",
                "WARNING: drops column employee.gender and its data");

        assertThat(retort("upgrade", "head").exitCode()).isZero();
        assertThat(employeeColumns()).noneMatch(column -> column.startsWith("gender"));

        Cli.Run downgrade = retort("downgrade", "-1");
        assertThat(downgrade.exitCode()).as(downgrade.err()).isZero();
        assertThat(downgrade.out()).contains("Running downgrade " + secondRevision + " -> " + firstRevision + ", remove gender");
        assertThat(employeeColumns()).contains("gender " + varchar(10) + " yes");
        assertThat(retort("current").out()).isEqualTo(firstRevision + "\n");

        assertThat(retort("upgrade", "head").exitCode()).isZero();
        assertThat(employeeColumns()).noneMatch(column -> column.startsWith("gender"));
        assertThat(retort("autogen", "-m", "nothing").out()).startsWith("No changes detected");
    }

    @Test
    @Order(5)
    void downgradeToARevisionThenToBaseThenBackToHead() throws SQLException {
        Cli.Run toFirst = retort("downgrade", firstRevision.substring(0, 6));
        assertThat(toFirst.exitCode()).as(toFirst.err()).isZero();
        assertThat(employeeColumns()).contains("gender " + varchar(10) + " yes");

        Cli.Run toBase = retort("downgrade", "base");
        assertThat(toBase.exitCode()).as(toBase.err()).isZero();
        assertThat(tables()).containsExactly("retort_history", "retort_version");
        assertThat(retort("current").out()).isEqualTo("base\n");

        Cli.Run toHead = retort("upgrade", "head");
        assertThat(toHead.exitCode()).as(toHead.err()).isZero();
        assertThat(toHead.out()).contains("Running upgrade base -> " + firstRevision, "Running upgrade " + firstRevision + " -> " + secondRevision);
        assertThat(employeeColumns()).hasSize(8).noneMatch(column -> column.startsWith("gender"));
        assertThat(query("select revision, direction from retort_history order by seq")).containsExactly(
                firstRevision + " upgrade",
                secondRevision + " upgrade",
                secondRevision + " downgrade",
                secondRevision + " upgrade",
                secondRevision + " downgrade",
                firstRevision + " downgrade",
                firstRevision + " upgrade",
                secondRevision + " upgrade");
        assertThat(retort("history").out()).isEqualTo(
                firstRevision + " -> " + secondRevision + " (head) (current), remove gender\n"
                        + "<base> -> " + firstRevision + ", initial migration\n");
    }

    @Test
    @Order(6)
    void generatedFilesCompileWithPlainJavacAgainstTheEngineAlone() throws Exception {
        Path engine = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Files.createDirectories(project.resolve("javac-out"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-proc:none", "-cp", engine.toString(), "-d", classes.toString()));
        Cli.javaFiles(migrations()).forEach(file -> command.add(file.toString()));

        Child.Finished javac = Child.start(new ProcessBuilder(command)).await(Duration.ofMinutes(2));

        assertThat(javac.exitCode()).as(javac.output()).isZero();
        assertThat(Cli.javaFiles(migrations())).hasSize(2);
        try (var compiled = Files.walk(classes)) {
            assertThat(compiled.filter(path -> path.toString().endsWith(".class")).count()).isEqualTo(2);
        }
    }
}
