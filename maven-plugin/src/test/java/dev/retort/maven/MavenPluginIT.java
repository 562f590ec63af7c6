package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plugin as a project meets it: {@code mvn} run on a small project of its own (an entity, the
 * runtime as its dependency, the plugin configured in its pom), offline from the local repository
 * the build installed the plugin into. Each goal's effect is read from the database's catalog.
 */
class MavenPluginIT {

    private static final String VERSION = System.getProperty("retort.version");
    private static final Path MVN = Path.of(System.getProperty("maven.home"), "bin", "mvn");

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void theGoalsRunOnAProject(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh fresh = kind.create()) {
            // H2 in a file of the project's, which the mvn processes open one after another
            Target database = kind == TestDatabase.H2 ? new Target("jdbc:h2:" + project.resolve("db").toAbsolutePath(), "sa", "", true)
                    : new Target(fresh.url(), fresh.user(), fresh.password(), false);
            writeProject(database, "String name;");

            Build autogen = mvn("compile", "retort:autogen", "-Dretort.message=initial");
            assertThat(autogen.log()).contains("Detected create table Customer", "Generated ").doesNotContain("HHH");
            List<Path> revisions = revisionFiles();
            assertThat(revisions).hasSize(1);

            assertThat(mvn("compile", "retort:upgrade").log()).contains("Running upgrade base -> ", "Done: the database is at ");
            assertThat(columns(database)).containsExactly("id", "name");
            assertThat(mvn("retort:current", "-Dretort.lock.timout=5").log()).contains(" (head)")
                    .contains("-Dretort.lock.timout is neither a parameter of the Retort goals nor a retort.properties key (the nearest is retort.lock.timeout)");
            assertThat(mvn("compile", "retort:check").log()).contains("The database matches the entities.");

            writeEntity("String name; String email;");
            Build drift = mvnFailing("compile", "retort:check");
            assertThat(drift.log()).contains("The database differs from the entities:", "add column Customer.email VARCHAR(255)");

            assertThat(mvn("retort:sql", "-Dretort.dialect=postgresql", "-Dretort.output=target/upgrade.sql").log()).contains("Wrote ");
            assertThat(project.resolve("target/upgrade.sql")).content().containsIgnoringCase("create table customer");
            assertThat(mvn("retort:history").log()).contains("<base> -> ", " (head) (current), initial");

            assertThat(mvn("retort:downgrade", "-Dretort.target=base", "-Dretort.lock.timeout=5").log())
                    .contains("Done: the database is at base.");
            assertThat(columns(database)).isEmpty();
        }
    }

    /** Where the project's database is; {@code upperCase}: how its catalog spells unquoted names. */
    private record Target(String url, String user, String password, boolean upperCase) {}

    private void writeProject(Target database, String fields) throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>it</groupId>
                  <artifactId>shop</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version>
                    </dependency>
                    <dependency>
                      <groupId>dev.retort</groupId>
                      <artifactId>retort-runtime</artifactId>
                      <version>%1$s</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.0</version>
                      </plugin>
                      <plugin>
                        <groupId>dev.retort</groupId>
                        <artifactId>retort-maven-plugin</artifactId>
                        <version>%1$s</version>
                        <configuration>
                          <url>%2$s</url>
                          <user>%3$s</user>
                          <password>%4$s</password>
                          <entityPackages>shop.model</entityPackages>
                          <migrationsPackage>shop.migrations</migrationsPackage>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(VERSION, database.url(), database.user(), database.password() == null ? "" : database.password()));
        writeEntity(fields);
    }

    private void writeEntity(String fields) throws IOException {
        Path file = project.resolve("src/main/java/shop/model/Customer.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package shop.model;

                @jakarta.persistence.Entity
                public class Customer {
                    @jakarta.persistence.Id Long id;
                    %s
                }
                """.formatted(fields));
    }

    private List<Path> revisionFiles() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/java/shop/migrations"))) {
            return files.toList();
        }
    }

    private record Build(int exitCode, String log) {}

    private Build mvn(String... goals) throws IOException, InterruptedException {
        Build build = run(goals);
        assertThat(build.exitCode()).as(build.log()).isZero();
        return build;
    }

    private Build mvnFailing(String... goals) throws IOException, InterruptedException {
        Build build = run(goals);
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        return build;
    }

    private Build run(String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(MVN.toString(), "-o", "-B"));
        command.addAll(List.of(goals));
        Path log = Files.createTempFile("mvn", ".log");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", goals) + " did not finish:\n" + Files.readString(log));
        }
        Build build = new Build(process.exitValue(), Files.readString(log));
        Files.delete(log);
        return build;
    }

    private static List<String> columns(Target database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet rows = connection.getMetaData().getColumns(null, null, database.upperCase() ? "CUSTOMER" : "customer", null)) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase());
            }
            return columns;
        }
    }
}
