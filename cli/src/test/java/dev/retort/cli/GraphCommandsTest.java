package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Branches, merges, hand-written revisions, stamp, show, history ranges, check and integrity, through the command line. */
class GraphCommandsTest {

    @TempDir
    Path project;

    private String initial;

    @BeforeEach
    void tutorialAtHead() throws IOException {
        Cli.tutorialProject(project);
        initial = id(ok("autogen", "-m", "initial"));
        ok("upgrade", "head");
    }

    private Cli.Run run(String... args) {
        return Cli.retort(project, args);
    }

    private String ok(String... args) {
        return Cli.ok(project, args);
    }

    private static String id(String output) {
        return Cli.generatedId(output);
    }

    private Path file(String id) throws IOException {
        try (var files = Files.walk(project.resolve("migrations"))) {
            return files.filter(path -> path.getFileName().toString().startsWith("R" + id)).findFirst().orElseThrow();
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + project.resolve("db"), "sa", "");
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

    /** Two developers write a revision on the same head: a branch. */
    private String[] branch() throws IOException {
        String first = id(ok("revision", "-m", "first branch"));
        Path firstFile = file(first);
        Path aside = project.resolve(firstFile.getFileName());
        Files.move(firstFile, aside);
        String second = id(ok("revision", "-m", "second branch"));
        Files.move(aside, firstFile);
        return new String[] {first, second};
    }

    @Test
    void branchesAreListedMergedAndUpgradedTogether() throws IOException {
        String[] heads = branch();

        assertThat(ok("heads")).contains(heads[0] + " (head)", heads[1] + " (head)");
        assertThat(ok("branches")).startsWith(initial + " (branchpoint)").contains("-> " + heads[0], "-> " + heads[1]);
        Cli.Run ambiguous = run("upgrade", "head");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("2 heads", heads[0], heads[1], "'retort upgrade heads'", "'retort merge -m");
        Cli.Run autogen = run("autogen", "-m", "more"); // the advice does not go in a circle back to 'upgrade head'
        assertThat(autogen.exitCode()).isEqualTo(1);
        assertThat(autogen.err()).contains("run 'retort upgrade heads' first", "'retort merge -m").doesNotContain("'retort upgrade head'");

        assertThat(ok("upgrade", "heads")).contains("Running upgrade " + initial + " -> " + heads[0], "Running upgrade " + initial + " -> " + heads[1]);
        String merge = id(ok("merge", "-m", "join the branches"));
        assertThat(ok("show", merge)).containsPattern("Parents:  (" + heads[0] + ", " + heads[1] + "|" + heads[1] + ", " + heads[0] + ")\n");
        assertThat(ok("heads")).isEqualTo(merge + " (head), join the branches\n");
        assertThat(ok("upgrade", "head")).contains(" -> " + merge + ", join the branches");
        assertThat(ok("current")).isEqualTo(merge + " (head)\n");
    }

    /**
     * With two heads a new revision would silently be a merge: it is refused unless it says which head
     * it follows; a merge of a revision with one that follows it is refused too (it made a second head).
     */
    @Test
    void withTwoHeadsARevisionSaysWhichItFollowsAndAMergeJoinsOnlyBranches() throws IOException {
        String[] heads = branch();

        Cli.Run refused = run("revision", "-m", "after both?");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("there are 2 heads", "--head REV", "'retort merge -m");
        String after = id(ok("revision", "-m", "after the first", "--head", heads[0]));
        assertThat(ok("show", after)).contains("Parents:  " + heads[0] + "\n");

        Cli.Run bogus = run("merge", "-m", "not a branch", initial, after);
        assertThat(bogus.exitCode()).isEqualTo(2);
        assertThat(bogus.err()).contains("nothing to merge: " + initial + " comes before");
        assertThat(ok("heads")).contains(after + " (head)", heads[1] + " (head)").doesNotContain(initial + " (head)");
    }

    @Test
    void aHandWrittenDataMigrationRunsAndReverts() throws Exception {
        String data = id(ok("revision", "-m", "add a department"));
        Path file = file(data);
        Files.writeString(file, Files.readString(file)
                .replaceFirst("public void upgrade\\(Ops op\\) \\{\\n(\\s*)// nothing to do",
                        "public void upgrade(Ops op) {\n$1op.execute(\"insert into department (name) values ('Operations')\");")
                .replaceFirst("public void downgrade\\(Ops op\\) \\{\\n(\\s*)// nothing to do",
                        "public void downgrade(Ops op) {\n$1op.execute(\"delete from department where name = 'Operations'\");"));

        ok("upgrade", "head");
        assertThat(rows("select name from department")).containsExactly("Operations");
        assertThat(ok("show", data)).contains("Revision: " + data, "Parents:  " + initial, "execute insert into department");
        ok("downgrade", "-1");
        assertThat(rows("select count(*) from department")).containsExactly("0");
    }

    @Test
    void aLongRevisionSaysHowLongItTook() throws Exception {
        String slow = id(ok("revision", "-m", "slow"));
        Path file = file(slow);
        Files.writeString(file, Files.readString(file).replaceFirst("public void upgrade\\(Ops op\\) \\{\\n(\\s*)// nothing to do",
                "public void upgrade(Ops op) {\n$1op.execute(\"create alias pause for 'java.lang.Thread.sleep'\");\n"
                        + "$1op.execute(\"call pause(5100)\");\n$1op.execute(\"drop alias pause\");"));

        assertThat(ok("upgrade", "head")).contains("Running upgrade " + initial + " -> " + slow + ", slow\n  took 5 s\n");
        assertThat(ok("downgrade", "-1")).as("a quick one is not timed").doesNotContain("took");
    }

    /** A stamp runs nothing, and says so in retort_history: what it recorded, what was recorded before, and who. */
    @Test
    void stampRecordsWithoutRunning() throws Exception {
        String empty = id(ok("revision", "-m", "nothing yet"));
        assertThat(ok("stamp", "head")).contains(empty);
        assertThat(rows("select version_id from retort_version")).containsExactly(empty);
        assertThat(rows("select direction || ' ' || message || ' by ' || installed_by from retort_history where revision = '" + empty + "'"))
                .containsExactly("stamp stamped, was at " + initial + " by SA");

        assertThat(ok("stamp", "--purge", "base")).contains("recorded at base");
        assertThat(rows("select count(*) from retort_version")).containsExactly("0");
        assertThat(rows("select revision || ' ' || message from retort_history where direction = 'stamp' order by seq"))
                .containsExactly(empty + " stamped, was at " + initial, "base stamped with --purge, was at " + empty);
        assertThat(rows("select count(*) from information_schema.tables where table_name = 'EMPLOYEE'")).as("nothing ran").containsExactly("1");
    }

    @Test
    void historyTakesARangeAndShowsOperationsWhenVerbose() {
        String second = id(ok("revision", "-m", "second"));
        assertThat(ok("history", "-r", initial + ":head")).isEqualTo(initial + " -> " + second + " (head), second\n");
        assertThat(ok("history", "--verbose")).contains("create table employee", "created ");
    }

    @Test
    void checkFailsOnDriftForCi() throws IOException {
        assertThat(ok("check")).contains("matches");
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("@Column(length = 20)\n    private String phone;", "@Column(length = 40)\n    private String phone;"));

        Cli.Run drift = run("check");

        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).contains("differs", "alter column employee.phone type VARCHAR(20) -> VARCHAR(40)");
    }

    @Test
    void anAppliedRevisionEditedLaterIsFlaggedAndStrictRefuses() throws IOException {
        Path file = file(initial);
        Files.writeString(file, Files.readString(file).replace("varchar(120)", "varchar(121)"));

        assertThat(ok("current")).contains("WARNING: revision " + initial, "has changed since it was applied");
        Cli.Run strict = run("upgrade", "head", "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("has changed since it was applied", "--strict");
        assertThat(ok("upgrade", "head")).contains("WARNING: revision " + initial);
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "autogen", "revision", "upgrade", "downgrade", "current", "history", "heads", "branches",
        "merge", "stamp", "show", "check"})
    void everyCommandHasHelpWithAnExample(String command) {
        Cli.Run help = run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: retort " + command).containsPattern("Examples?:\\n  retort " + command);
        Cli.Run helpCommand = run("help", command); // as picocli users expect
        assertThat(helpCommand.exitCode()).isZero();
        assertThat(helpCommand.out()).isEqualTo(help.out());
    }

    /** history marks where the database is, as Alembic's does. */
    @Test
    void historyMarksTheDatabasesRevision() throws IOException {
        String next = id(ok("revision", "-m", "not applied yet"));
        assertThat(ok("history")).contains("-> " + initial + " (current), initial", "-> " + next + " (head), not applied yet")
                .doesNotContain(next + " (head) (current)");
    }

    /** Listing nothing says so, rather than print nothing at all. */
    @Test
    void anEmptyProjectSaysItHasNoRevisions() throws IOException {
        Path empty = project.resolve("empty");
        Cli.tutorialProject(empty);
        for (String[] command : List.of(new String[] {"heads"}, new String[] {"branches"}, new String[] {"history"},
                new String[] {"history", "-r", "base:heads"})) {
            assertThat(Cli.ok(empty, command)).as(String.join(" ", command)).startsWith("No revisions yet");
        }
        assertThat(ok("branches")).isEqualTo("No branches: history is a single line.\n");
    }

    /** Global options work after the command too, as Flyway's users type them. */
    @Test
    void globalOptionsMayFollowTheCommand() {
        Cli.Run run = run("current", "--url", "jdbc:postgresql://127.0.0.1:1/elsewhere", "--debug");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\tat ", "retort: cannot connect to jdbc:postgresql://127.0.0.1:1/elsewhere");
    }

    /** --version is retort's own, and names the build and its commit; on a command it is an unknown option, not a silent nothing. */
    @Test
    void versionBelongsToRetortItself() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes()).strip();
        assertThat(git.waitFor()).as(head).isZero();
        assertThat(run("--version").out().strip())
                .matches("retort \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit " + head + "(, with uncommitted changes)?\\)");
        Cli.Run onACommand = run("upgrade", "head", "-V");
        assertThat(onACommand.exitCode()).isEqualTo(2);
        assertThat(onACommand.err()).contains("Unknown option: '-V'");
    }
}
