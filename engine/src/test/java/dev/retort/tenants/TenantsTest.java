package dev.retort.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.Tenants;
import dev.retort.autogen.Autogen;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's history applied to many tenants at once on each server (one subclass each): every
 * tenant at head and its tables there, one made to fail midway failing alone, and a second run
 * upgrading only that one once it is fixed.
 */
abstract class TenantsTest {

    private static final Path MIGRATIONS = Path.of("..", "migrations", "src", "main", "java");

    @TempDir
    Path work;

    private TestDatabase.Fresh database;

    abstract TestDatabase kind();

    /** How many tenants: 200 schemas on PostgreSQL, 50 databases on MariaDB. */
    abstract int count();

    /** Makes a tenant's schema (a database on MariaDB); the tenant names it as a schema on the configured server. */
    abstract String create(String name);

    abstract String drop(String name);

    /** A statement that runs for a minute unless cancelled. */
    abstract String slowStatement();

    /** How many sessions run a statement like the parameter. */
    abstract String sessionsRunning();

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    @Test
    void everyTenantIsUpgradedAndOneThatFailsFailsAloneUntilFixed() throws Exception {
        try (TestDatabase.Fresh database = kind().create(); Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            this.database = database;
            List<String> names = IntStream.rangeClosed(1, count()).mapToObj(i -> String.format("tenant_%03d", i)).toList();
            try {
                upgradeAll(connection, statement, names);
            } finally {
                for (String name : names) {
                    statement.execute(drop(name)); // MariaDB's are databases of their own, outside the test's
                }
            }
        }
    }

    private void upgradeAll(Connection connection, Statement statement, List<String> names) throws Exception {
        for (String name : names) {
            statement.execute(create(name));
        }
        String broken = names.get(names.size() / 2);
        statement.execute("create table " + broken + ".salary (id int)"); // the revision's create table salary fails there
        Path file = Files.writeString(work.resolve("tenants.txt"), "# one tenant a line\n" + String.join("\n", names) + "\n\n");
        Retort retort = Retort.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDir(MIGRATIONS).migrationsPackage("dev.retort.sample.migrations").load();
        String head = retort.revisions().heads().get(0);

        List<Tenants.Outcome> first = Tenants.of(retort, Tenants.read(file)).upgrade("head", 8);

        assertThat(first).hasSize(count());
        assertThat(first).filteredOn(Tenants.Outcome::failed).singleElement().satisfies(outcome -> {
            assertThat(outcome.tenant().name()).isEqualTo(broken);
            assertThat(outcome.failure()).containsIgnoringCase("salary");
            assertThat(outcome.after()).isEmpty();
        });
        assertThat(first).filteredOn(outcome -> !outcome.failed()).allMatch(outcome -> outcome.before().isEmpty()
                && outcome.after().equals(java.util.Set.of(head)));
        for (String name : names) {
            assertThat(rows(connection, "select count(*) from " + name + ".retort_version where version_id = '" + head + "'"))
                    .as(name).containsExactly(name.equals(broken) ? "0" : "1");
        }
        assertThat(rows(connection, "select count(*) from " + names.get(0) + ".employee")).containsExactly("0");

        statement.execute("drop table " + broken + ".salary");
        List<Tenants.Outcome> second = Tenants.of(retort, Tenants.read(file)).upgrade("head", 8);

        assertThat(second).noneMatch(Tenants.Outcome::failed);
        assertThat(second).filteredOn(outcome -> !outcome.before().equals(outcome.after())).singleElement()
                .satisfies(outcome -> assertThat(outcome.tenant().name()).isEqualTo(broken));
        assertThat(Tenants.of(retort, Tenants.read(file)).current(4)).allMatch(outcome -> outcome.after().equals(java.util.Set.of(head)));
    }

    /** Ctrl-C ({@code Retort.cancel()} from another thread) during a fan-out: the tenant running stops, and no other starts. */
    @Test
    void aCancelStopsTheTenantRunningAndStartsNoOther() throws Exception {
        try (TestDatabase.Fresh database = kind().create(); Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            List<String> names = IntStream.rangeClosed(1, 3).mapToObj(i -> database.name() + "_t" + i).toList();
            try {
                for (String name : names) {
                    statement.execute(create(name));
                }
                Files.createDirectories(work.resolve("migrations"));
                Retort retort = Retort.configure().url(database.url()).user(database.user()).password(database.password())
                        .migrationsDir(work.resolve("migrations")).migrationsPackage("paused").load();
                Path revision = Autogen.of(retort).revision("a pause");
                Files.writeString(revision, Files.readString(revision).replaceFirst("(public void upgrade\\(Ops op\\) \\{)",
                        "$1\n        op.execute(\"" + slowStatement() + "\");\n        op.execute(\"select 1\");"));
                List<Tenants.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
                Thread fanOut = new Thread(() -> outcomes.addAll(Tenants.of(retort, names.stream().map(name -> new Tenants.Tenant(null, name)).toList())
                        .upgrade("head", 1)));
                fanOut.start();
                while (!running(connection, slowStatement())) {
                    assertThat(fanOut.isAlive()).as("the first tenant's pause began").isTrue();
                    Thread.sleep(20);
                }

                assertThat(retort.cancel()).isTrue();
                fanOut.join(Duration.ofSeconds(30).toMillis());

                assertThat(fanOut.isAlive()).as("stopped well before the pause's minute").isFalse();
                assertThat(outcomes).hasSize(3).allMatch(Tenants.Outcome::failed);
                assertThat(outcomes.get(0).failure()).contains("was cancelled");
                assertThat(outcomes.subList(1, 3)).allMatch(outcome -> outcome.failure().equals("not started: the upgrade was cancelled"));
                assertThat(retort.cancel()).as("nothing runs any more").isFalse();
            } finally {
                for (String name : names) {
                    statement.execute(drop(name));
                }
            }
        }
    }

    private boolean running(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sessionsRunning())) {
            statement.setString(1, sql + "%");
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }
}
