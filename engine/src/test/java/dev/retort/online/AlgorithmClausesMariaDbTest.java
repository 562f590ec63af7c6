package dev.retort.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autogen.Autogen;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the local MariaDB, each {@code alter table} of a revision says how the server must change the
 * table ({@code algorithm=inplace, lock=none}): the server takes it for what it can change while the
 * table is written, refuses it (rather than block writes) for a table it cannot, and
 * {@code online.algorithm=server} then lets it. With {@code online.engine=pt-osc}, only what the
 * server would copy goes to the tool.
 */
class AlgorithmClausesMariaDbTest {

    private static final String ONLINE = ", algorithm=inplace, lock=none";

    @TempDir
    Path work;

    private TestDatabase.Fresh database;

    @BeforeEach
    void createTables() throws Exception {
        database = TestDatabase.MARIADB.create();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table notes (id bigint not null, body varchar(20), n int, primary key (id))");
            statement.execute("insert into notes select seq, concat('note ', seq), seq % 7 from seq_1_to_1000");
            statement.execute("analyze table notes"); // the row estimate online.min-rows reads
            statement.execute("create table legacy (id bigint not null, body varchar(20), primary key (id)) engine=Aria");
            statement.execute("insert into legacy select seq, 'old' from seq_1_to_10");
        }
        Files.createDirectories(work.resolve("migrations"));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    /** A revision whose upgrade and downgrade are these operations (Java statements on {@code op}). */
    private Retort retort(List<String> upgrade, List<String> downgrade, String... settings) throws Exception {
        Retort.Configuration builder = Retort.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDir(work.resolve("migrations")).migrationsPackage("online");
        for (int i = 0; i < settings.length; i += 2) {
            builder.setting(settings[i], settings[i + 1]);
        }
        Retort retort = builder.load();
        if (!revisionWritten()) {
            Path revision = Autogen.of(retort).revision("online changes");
            Files.writeString(revision, Files.readString(revision)
                    .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        " + String.join("\n        ", upgrade))
                    .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        " + String.join("\n        ", downgrade)));
        }
        return retort;
    }

    private boolean revisionWritten() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("migrations"))) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        }
    }

    private List<String> columns(String table) throws SQLException {
        return database.column("select concat(column_name, ' ', column_type, ' ', is_nullable) from information_schema.columns"
                + " where table_schema = database() and table_name = '" + table + "' order by ordinal_position");
    }

    @Test
    void everyAlterOfATableInUseSaysSoAndTheServerTakesIt() throws Exception {
        Retort retort = retort(List.of(
                "op.addColumn(\"notes\", column(\"topic\", varchar(30)).defaultValue(\"'general'\"));",
                "op.alterColumn(\"notes\", column(\"body\", varchar(20)), column(\"body\", varchar(60)).notNull());",
                "op.createIndex(\"notes\", index(\"ix_notes_n\", \"n\"));",
                "op.addUnique(\"notes\", unique(\"uk_notes_body\", \"body\"));",
                "op.renameColumn(\"notes\", \"n\", \"weekday\");"), List.of(
                "op.renameColumn(\"notes\", \"weekday\", \"n\");",
                "op.dropUnique(\"notes\", unique(\"uk_notes_body\", \"body\"));",
                "op.dropIndex(\"notes\", index(\"ix_notes_n\", \"n\"));",
                "op.alterColumn(\"notes\", column(\"body\", varchar(60)).notNull(), column(\"body\", varchar(20)));",
                "op.dropColumn(\"notes\", column(\"topic\", varchar(30)).defaultValue(\"'general'\"));"),
                "online.engine", "pt-osc", "online.min-rows", "100", "online.command", loggingTool().toString());

        List<String> script = Arrays.stream(retort.upgradeSql("base:head").split("\n")).filter(line -> line.startsWith("alter table notes")).toList();
        assertThat(script).hasSize(5).allMatch(line -> line.endsWith(ONLINE + ";"));

        retort.upgrade("head");
        assertThat(work.resolve("calls.txt")).as("pt-online-schema-change is left out of alters the server runs online").doesNotExist();
        assertThat(columns("notes")).containsExactly("id bigint(20) NO", "body varchar(60) NO", "weekday int(11) YES", "topic varchar(30) YES");
        assertThat(database.column("select count(*) from notes where topic = 'general'")).containsExactly("1000");
        assertThat(database.column("select index_name from information_schema.statistics where table_schema = database() and table_name = 'notes'"
                + " and index_name <> 'PRIMARY' order by index_name")).containsExactly("ix_notes_n", "uk_notes_body");

        retort.downgrade("-1");
        assertThat(Files.readAllLines(work.resolve("calls.txt"))).as("shortening a varchar copies the table: the one alter for the tool")
                .singleElement().asString().contains("--alter modify column body varchar(20)");
        assertThat(columns("notes")).containsExactly("id bigint(20) NO", "body varchar(20) YES", "n int(11) YES");
        assertThat(database.column("select count(*) from notes")).containsExactly("1000");
    }

    /** pt-online-schema-change, which .ci/run installs, behind a script that notes each call. */
    private Path loggingTool() throws IOException {
        Path tool = work.resolve("logging-pt-osc");
        Files.writeString(tool, "#!/bin/sh\necho \"$*\" >> '" + work.resolve("calls.txt") + "'\nexec pt-online-schema-change \"$@\"\n");
        tool.toFile().setExecutable(true);
        return tool;
    }

    /** What the server alters online never goes to the copying tool, whether or not the alter says so. */
    @Test
    void withOnlineAlgorithmServerTheToolStillCopiesOnlyWhatTheServerWould() throws Exception {
        Retort retort = retort(List.of("op.addColumn(\"notes\", column(\"topic\", varchar(30)));",
                "op.alterColumn(\"notes\", column(\"n\", integer()), column(\"n\", bigint()));"), List.of(),
                "online.algorithm", "server", "online.engine", "pt-osc", "online.min-rows", "100", "online.command", loggingTool().toString());

        retort.upgrade("head");

        assertThat(Files.readAllLines(work.resolve("calls.txt"))).as("the add column ran on the server, the type change in the tool")
                .singleElement().asString().contains("--alter modify column n bigint");
        assertThat(columns("notes")).containsExactly("id bigint(20) NO", "body varchar(20) YES", "n bigint(20) YES", "topic varchar(30) YES");
    }

    /** As the refusal's advice says: online.algorithm=server, then --resume runs the rest (the statements that ran are the same, clauses aside). */
    @Test
    void aTableTheServerCannotChangeOnlineIsRefusedUntilOnlineAlgorithmIsServer() throws Exception {
        List<String> upgrade = List.of("op.addColumn(\"notes\", column(\"topic\", varchar(30)));",
                "op.addColumn(\"legacy\", column(\"note\", varchar(30)));");
        List<String> downgrade = List.of("op.dropColumn(\"legacy\", column(\"note\", varchar(30)));",
                "op.dropColumn(\"notes\", column(\"topic\", varchar(30)));");

        assertThatThrownBy(() -> retort(upgrade, downgrade).upgrade("head")).isInstanceOf(RetortException.class)
                .hasMessageContaining("failed at statement 2 of 2")
                .hasMessageContaining("ALGORITHM=INPLACE is not supported for this operation")
                .hasMessageContaining("set online.algorithm=server to let it pick");
        assertThat(columns("legacy")).as("the Aria table is as it was").containsExactly("id bigint(20) NO", "body varchar(20) YES");
        assertThat(columns("notes")).as("the first alter committed as it ran").contains("topic varchar(30) YES");

        retort(upgrade, downgrade, "online.algorithm", "server").resume("head");
        assertThat(columns("legacy")).containsExactly("id bigint(20) NO", "body varchar(20) YES", "note varchar(30) YES");
        assertThat(database.column("select count(*) from legacy")).containsExactly("10");
    }
}
