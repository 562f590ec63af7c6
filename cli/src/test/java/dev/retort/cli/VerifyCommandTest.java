package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort verify} and {@code autogen --verify} through the command line, as a user meets them. */
class VerifyCommandTest {

    @TempDir
    Path project;

    @Test
    void aGoodRevisionIsVerifiedAndABadOneExitsOneNamingWhatIsWrong() throws Exception {
        Cli.tutorialProject(project);
        Cli.Run autogen = Cli.retort(project, "autogen", "-m", "initial", "--verify");
        assertThat(autogen.exitCode()).as(autogen.err()).isZero();
        assertThat(autogen.out()).contains("Generated ", "Verifying on the scratch schema RETORT_VERIFY_", "  PASS  nothing left to autogenerate at the head",
                "Verified.");
        assertThat(Cli.retort(project, "current").out()).as("the configured database is never upgraded").startsWith("base");
        Path widen = project.resolve(Cli.generatedFile(Cli.ok(project, "revision", "-m", "longer names")));
        Files.writeString(widen, Files.readString(widen)
                .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        op.alterColumn(\"department\", column(\"name\", varchar(80)).notNull(),"
                        + " column(\"name\", varchar(120)).notNull());")
                .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        op.alterColumn(\"department\", column(\"name\", varchar(120)).notNull(),"
                        + " column(\"name\", varchar(80)).notNull());"));
        Cli.Run withData = Cli.retort(project, "verify", "--with-data");
        assertThat(withData.out()).contains("  PASS  put 3 rows in each of the 5 tables", "  PASS  rows keep their values through upgrade",
                "  PASS  rows keep their values through downgrade");
        Files.delete(widen);

        Path revision = project.resolve(Cli.generatedFile(Cli.ok(project, "revision", "-m", "phone index")));
        Files.writeString(revision, Files.readString(revision).replaceFirst("(public void upgrade\\(Ops op\\) \\{)",
                "$1\n        op.createIndex(\"employee\", index(\"ix_employee_phone\", \"phone\"));"));

        Cli.Run verify = Cli.retort(project, "verify");

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("  FAIL  nothing left to autogenerate at the head\n        to autogenerate: drop index ix_employee_phone on employee",
                "(the fix: drop index ix_employee_phone on employee)", "Verification failed: 2 of 4 checks.");
        Cli.Run all = Cli.retort(project, "verify", "--all");
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.out()).contains("(initial) again\n  PASS  upgrade ", "(phone index)\n  FAIL  nothing left to autogenerate at the head")
                .doesNotContain("downgrade base"); // the revision's own downgrade failed before it
    }

    /** A user who may not create a schema gets one line that says what to set. */
    @Test
    void aUserWhoMayNotCreateASchemaIsToldOfVerifyUrl() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.POSTGRESQL.create()) {
            String role = "retort_no_create_" + ProcessHandle.current().pid();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create role " + role + " login");
            }
            try {
                Cli.tutorialProject(project, database.url(), database.user(), database.password());
                Cli.ok(project, "autogen", "-m", "initial");

                Cli.Run denied = Cli.retort(project, "--user", role, "verify");

                assertThat(denied.exitCode()).isEqualTo(1);
                assertThat(denied.err().lines()).singleElement().asString()
                        .contains("could not make one", "permission denied", "set verify.url to a database where this user may create schemas");
            } finally {
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    statement.execute("drop role " + role);
                }
            }
        }
    }
}
