package dev.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify on each database (one subclass each): revisions proved on a scratch schema that is gone
 * afterwards, the configured schema untouched, and each kind of mistake caught at its step.
 */
abstract class VerificationTest {

    private static final Path SAMPLE = Path.of("..", "sample-app", "src", "main", "java", "dev", "retort", "sample", "model");

    @TempDir
    Path work;

    private TestDatabase.Fresh database;
    private Retort retort;

    abstract TestDatabase kind();

    /** A statement that runs for a minute unless cancelled. */
    abstract String slowStatement();

    @BeforeEach
    void createDatabase() throws IOException {
        database = kind().create();
        Files.createDirectories(work.resolve("migrations"));
        retort = Retort.configure()
                .url(database.url())
                .user(database.user())
                .password(database.password())
                .entityPackages("dev.retort.sample.model")
                .entitySources(SAMPLE.toAbsolutePath().normalize())
                .migrationsDir(work.resolve("migrations"))
                .migrationsPackage("verified")
                .load();
        Autogen.of(retort).autogen("initial");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    /** A revision written by hand after the initial one, its bodies as given. */
    private String handWritten(String upgrade, String downgrade) throws IOException {
        Path file = Autogen.of(retort).revision("by hand");
        Files.writeString(file, Files.readString(file)
                .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        " + upgrade)
                .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        " + downgrade));
        return retort.revisions().heads().get(0);
    }

    private static List<String> names(Verification.Report report) {
        return report.steps().stream().map(step -> (step.passed() ? "PASS " : "FAIL ") + step.name()).toList();
    }

    private List<String> scratchSchemas() throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select schema_name from information_schema.schemata"
                        + " where lower(schema_name) like 'retort_verify%'")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return schemas;
    }

    @Test
    void aGoodRevisionPassesEveryStepAndLeavesNothingBehind() throws SQLException {
        String initial = retort.revisions().heads().get(0);

        Verification.Report report = Verification.of(retort).verify("head");

        assertThat(names(report)).containsExactly(
                "PASS upgrade to the parent, base",
                "PASS upgrade " + initial + " (initial)",
                "PASS nothing left to autogenerate at the head",
                "PASS downgrade " + initial + " (initial) leaves the schema of base",
                "PASS upgrade " + initial + " (initial) again");
        assertThat(report.passed()).isTrue();
        assertThat(report.scratch()).startsWithIgnoringCase("retort_verify_");
        assertThat(scratchSchemas()).as("dropped afterwards").isEmpty();
        assertThat(CatalogSnapshot.of(database)).as("the configured schema is never touched").isEmpty();
    }

    /** The most common hand-written mistake: a downgrade that forgets what the upgrade made. */
    @Test
    void aDowngradeThatLeavesAnIndexBehindFailsNamingIt() throws Exception {
        String index = handWritten("op.createIndex(\"employee\", index(\"ix_employee_phone\", \"phone\"));", "");

        Verification.Report report = Verification.of(retort).verify(index);

        assertThat(report.passed()).isFalse();
        assertThat(names(report)).containsExactly(
                "PASS upgrade to the parent, " + retort.revisions().get(index).parents().get(0),
                "PASS upgrade " + index + " (by hand)",
                "FAIL nothing left to autogenerate at the head",
                "FAIL downgrade " + index + " (by hand) leaves the schema of " + retort.revisions().get(index).parents().get(0));
        assertThat(report.steps().get(2).failures()).containsExactly("to autogenerate: drop index ix_employee_phone on employee");
        assertThat(report.steps().get(3).failures()).containsExactly("not as before (the fix: drop index ix_employee_phone on employee)");
        assertThat(scratchSchemas()).isEmpty();
    }

    @Test
    void anUpgradeThatFailsStopsThereWithTheDatabasesMessage() throws Exception {
        String broken = handWritten("op.execute(\"alter table no_such_table add x int\");", "");

        Verification.Report report = Verification.of(retort).verify(broken);

        assertThat(names(report)).containsExactly("PASS upgrade to the parent, " + retort.revisions().get(broken).parents().get(0),
                "FAIL upgrade " + broken + " (by hand)");
        assertThat(report.steps().get(1).failures()).singleElement().asString().containsIgnoringCase("no_such_table");
        assertThat(scratchSchemas()).isEmpty();
    }

    /** --all: every revision on the schema the ones before it built, then all the way back to base. */
    @Test
    void allWalksFromBaseToHeadAndBack() throws Exception {
        String initial = retort.revisions().heads().get(0);
        String phone = handWritten("op.createIndex(\"employee\", index(\"ix_employee_phone\", \"phone\"));",
                "op.dropIndex(\"employee\", index(\"ix_employee_phone\", \"phone\"));");

        Verification.Report report = Verification.of(retort).all();

        assertThat(names(report)).containsExactly(
                "PASS upgrade " + initial + " (initial)",
                "PASS downgrade " + initial + " (initial) leaves the schema of base",
                "PASS upgrade " + initial + " (initial) again",
                "PASS upgrade " + phone + " (by hand)",
                "FAIL nothing left to autogenerate at the head", // the entities have no such index
                "PASS downgrade " + phone + " (by hand) leaves the schema of " + initial,
                "PASS upgrade " + phone + " (by hand) again",
                "PASS downgrade base leaves no table or sequence");
        assertThat(scratchSchemas()).isEmpty();
    }

    /** --with-data: rows in every table, whose values a revision that only widens and adds keeps, and one that rewrites loses. */
    @Test
    void withDataRowsKeepTheirValuesUnlessTheRevisionChangesThem() throws Exception {
        String initial = retort.revisions().heads().get(0);
        String widen = handWritten("op.alterColumn(\"department\", column(\"name\", varchar(80)).notNull(), column(\"name\", varchar(120)).notNull());"
                        + " op.addColumn(\"employee\", column(\"badge\", varchar(10)).defaultValue(\"'none'\"));",
                "op.dropColumn(\"employee\", column(\"badge\", varchar(10)).defaultValue(\"'none'\"));"
                        + " op.alterColumn(\"department\", column(\"name\", varchar(120)).notNull(), column(\"name\", varchar(80)).notNull());");

        Verification.Report report = Verification.of(retort).verify(widen, true);

        assertThat(names(report)).containsExactly(
                "PASS upgrade to the parent, " + initial,
                "PASS put 3 rows in each of the 5 tables",
                "PASS upgrade " + widen + " (by hand)",
                "PASS rows keep their values through upgrade " + widen + " (by hand)",
                "FAIL nothing left to autogenerate at the head", // the entities have no badge
                "PASS downgrade " + widen + " (by hand) leaves the schema of " + initial,
                "PASS rows keep their values through downgrade " + widen + " (by hand)",
                "PASS upgrade " + widen + " (by hand) again");

        String rewrite = handWritten("op.execute(\"update employee set first_name = 'same'\");", "");
        Verification.Report rewritten = Verification.of(retort).verify(rewrite, true);
        Verification.Step kept = rewritten.steps().stream().filter(step -> step.name().startsWith("rows keep their values through upgrade"))
                .findFirst().orElseThrow();
        assertThat(kept.passed()).isFalse();
        assertThat(kept.failures()).singleElement().asString().startsWith("rows of ").containsIgnoringCase("employee changed");
        assertThat(scratchSchemas()).isEmpty();
    }

    /**
     * Ctrl-C during verify ({@code Retort.cancel()} from another thread, as the CLI's hook calls it,
     * again each moment until the work ends): whatever step it meets, the verify stops and drops its
     * scratch schema.
     */
    @Test
    void aCancelledVerifyStopsAndDropsItsScratchSchema() throws Exception {
        String slow = handWritten("op.execute(\"" + slowStatement() + "\");", "");
        List<Throwable> outcome = Collections.synchronizedList(new ArrayList<>());
        Thread verify = new Thread(() -> {
            try {
                outcome.add(new AssertionError("not cancelled: " + names(Verification.of(retort).verify(slow))));
            } catch (RuntimeException e) {
                outcome.add(e);
            }
        });
        verify.start();
        while (scratchSchemas().isEmpty()) {
            assertThat(verify.isAlive()).as("the scratch schema was made").isTrue();
            Thread.sleep(20);
        }
        Thread.sleep(500); // into the upgrades, most likely
        long started = System.nanoTime();
        while (verify.isAlive() && System.nanoTime() - started < Duration.ofSeconds(30).toNanos()) {
            assertThat(retort.cancel()).as("verify is running").isTrue();
            verify.join(200);
        }

        assertThat(verify.isAlive()).as("stopped well before the slow statement's minute").isFalse();
        assertThat(outcome).singleElement().isInstanceOf(RetortException.class).asString().contains("cancelled");
        assertThat(scratchSchemas()).as("dropped").isEmpty();
        assertThat(retort.cancel()).as("nothing runs any more").isFalse();
    }
}
