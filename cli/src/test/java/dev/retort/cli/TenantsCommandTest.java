package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade --tenants} and {@code current --tenants} as a user meets them: the table, the count, exit 1 naming who failed. */
class TenantsCommandTest {

    @TempDir
    Path project;

    @Test
    void eachTenantHasItsRowAndAFailureIsNamed() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.POSTGRESQL.create()) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create schema acme");
                statement.execute("create schema globex");
                statement.execute("create table globex.employee (id int)"); // the first revision's create table fails there
            }
            Cli.tutorialProject(project, database.url(), database.user(), database.password());
            String head = Cli.generatedId(Cli.ok(project, "autogen", "-m", "initial"));
            Path tenants = Files.writeString(project.resolve("tenants.txt"), "acme\nglobex\n");

            Cli.Run upgrade = Cli.retort(project, "upgrade", "head", "--tenants", tenants.toString(), "--parallel", "2");

            assertThat(upgrade.exitCode()).isEqualTo(1);
            assertThat(upgrade.out()).contains("| tenant | before | after | result |", "| acme | base | " + head + " | upgraded in ",
                    "| globex | - | base | FAILED: ", "2 tenant(s), 1 ok, 1 failed.");
            assertThat(upgrade.err().lines()).singleElement().asString().contains("1 of 2 tenants failed: globex");
            assertThat(Cli.retort(project, "current").out()).as("the configured schema is no tenant").startsWith("base");

            Cli.Run behind = Cli.retort(project, "current", "--tenants", tenants.toString(), "--check-head");
            assertThat(behind.exitCode()).isEqualTo(1);
            assertThat(behind.out()).contains("| globex | base | ok |");
            assertThat(behind.err()).contains("1 of 2 tenants are not at the head of the revision files (" + head + "): globex");
            assertThat(Cli.retort(project, "current", "--tenants", tenants.toString(), "--json").exitCode()).as("one database's format").isEqualTo(2);

            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop table globex.employee");
            }
            Cli.Run again = Cli.retort(project, "upgrade", "head", "--tenants", tenants.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("| acme | " + head + " | " + head + " | nothing to do |", "| globex | base | " + head + " | upgraded in ");
            assertThat(Cli.ok(project, "current", "--tenants", tenants.toString())).contains("| acme | " + head + " | ok |",
                    "| globex | " + head + " | ok |");
            assertThat(Cli.retort(project, "current", "--tenants", tenants.toString(), "--check-head").exitCode()).isZero();

            Files.writeString(project.resolve("retort.properties"), Files.readString(project.resolve("retort.properties"))
                    + "tenants=acme\ntenants.query=select nspname from pg_namespace where nspname = 'globex'\n");
            assertThat(Cli.ok(project, "upgrade", "head", "--all-tenants")).contains("| acme | " + head + " | " + head + " | nothing to do |",
                    "| globex | " + head + " | " + head + " | nothing to do |", "2 tenant(s), 2 ok, 0 failed.");
        }
    }
}
