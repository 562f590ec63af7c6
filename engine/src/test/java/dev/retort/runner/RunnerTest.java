package dev.retort.runner;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.table;
import static dev.retort.testing.TestRevisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.OutsideTransaction;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runner on each database (one subclass each), checked with the test's own catalog queries. */
abstract class RunnerTest {

    static final RevisionInfo FIRST = revision("aaa111", List.of(), List.of(
            new CreateTable(table("employee").column(column("id", bigint()).notNull()).primaryKey("id"))));
    static final RevisionInfo SECOND = revision("bbb222", List.of("aaa111"), List.of(
            new AddColumn(Name.of("employee"), column("gender", varchar(10)))));

    private TestDatabase.Fresh database;
    private Connection connection;
    private Dialect dialect;
    private final List<String> events = new ArrayList<>();
    private final List<Set<String>> recordedAtStart = new ArrayList<>();

    abstract TestDatabase kind();

    @BeforeEach
    void connect() throws SQLException {
        database = kind().create();
        connection = database.connect();
        dialect = DatabaseKind.dialectOf(connection);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    Runner.Result upgrade(Runner runner, String target) throws SQLException {
        return runner.upgrade(connection, database.schema(), target);
    }

    private Runner.Result downgrade(Runner runner, String target) throws SQLException {
        return runner.downgrade(connection, database.schema(), target);
    }

    List<String> query(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setString(1, database.schema());
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(result.getString(i));
                    }
                    rows.add(String.join(" ", values));
                }
            }
            return rows;
        }
    }

    Runner runner(RevisionInfo... revisions) {
        return new Runner(dialect, RevisionGraph.of(List.of(revisions)), new RunListener() {
            @Override
            public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
                events.add(direction.label() + " " + revision.id());
                recordedAtStart.add(recorded);
            }
        }, Runner.LockWait.UNLIMITED, TableCopier.NONE);
    }

    private List<String> columns() throws SQLException {
        return query("select lower(column_name) from information_schema.columns where lower(table_name) = 'employee'"
                + " and table_schema = ? order by ordinal_position");
    }

    private List<String> tables() throws SQLException {
        return query("select lower(table_name) from information_schema.tables where table_schema = ? order by 1");
    }

    private List<String> history() throws SQLException {
        return query("select revision, direction, case when success then 'ok' else 'failed' end from retort_history order by seq");
    }

    @Test
    void upgradeAndDowngradeMoveTheVersionAndKeepHistory() throws SQLException {
        Runner runner = runner(FIRST, SECOND);

        Runner.Result up = upgrade(runner, "head");
        assertThat(up.revisions()).extracting(RevisionInfo::id).containsExactly("aaa111", "bbb222");
        assertThat(columns()).containsExactly("id", "gender");
        assertThat(query("select version_id from retort_version")).containsExactly("bbb222");

        downgrade(runner, "-1");
        assertThat(columns()).containsExactly("id");
        assertThat(query("select version_id from retort_version")).containsExactly("aaa111");

        downgrade(runner, "base");
        assertThat(tables()).containsExactly("retort_history", "retort_version");
        assertThat(query("select count(*) from retort_version")).containsExactly("0");
        assertThat(history()).containsExactly(
                "aaa111 upgrade ok", "bbb222 upgrade ok", "bbb222 downgrade ok", "aaa111 downgrade ok");
        assertThat(events).containsExactly("upgrade aaa111", "upgrade bbb222", "downgrade bbb222", "downgrade aaa111");
    }

    /**
     * A database migrated by an earlier Retort has a retort_history without the columns added since
     * (a resume's, who ran it): they are added on the next run, and the rows already there read as before.
     */
    @Test
    void anEarlierRetortsHistoryGainsTheColumnsAddedSince() throws SQLException {
        upgrade(runner(FIRST), "head");
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table retort_history drop column installed_by");
            statement.execute("alter table retort_history drop column statements_checksum");
            statement.execute("alter table retort_history drop column statements_run");
        }
        assertThat(new VersionStore(dialect, database.schema()).history(connection)).singleElement()
                .satisfies(entry -> assertThat(entry.statementsRun()).isNull());

        upgrade(runner(FIRST, SECOND), "head");

        assertThat(query("select lower(column_name) from information_schema.columns where lower(table_name) = 'retort_history'"
                + " and table_schema = ? and (lower(column_name) like 'statements%' or lower(column_name) = 'installed_by') order by 1"))
                .containsExactly("installed_by", "statements_checksum", "statements_run");
        assertThat(new VersionStore(dialect, database.schema()).history(connection)).extracting(VersionStore.Entry::installedBy)
                .as("who ran it is known from now on").containsExactly(null, connection.getMetaData().getUserName());
        assertThat(history()).containsExactly("aaa111 upgrade ok", "bbb222 upgrade ok");
    }

    /** With branches the database is recorded at every head, not only at the running revision's parent. */
    @Test
    void eachRevisionStartsKnowingWhereTheDatabaseIsRecorded() throws SQLException {
        RevisionInfo branch = revision("ccc333", List.of("aaa111"), List.of(new ExecuteSql("create table branch_table (id int)")));
        Runner runner = runner(FIRST, SECOND, branch);
        upgrade(runner, "bbb222");

        upgrade(runner, "heads");

        assertThat(events).containsExactly("upgrade aaa111", "upgrade bbb222", "upgrade ccc333");
        assertThat(recordedAtStart).containsExactly(Set.of(), Set.of("aaa111"), Set.of("bbb222"));
    }

    @Test
    void alreadyAtHeadDoesNothing() throws SQLException {
        Runner runner = runner(FIRST, SECOND);
        upgrade(runner, "head");
        Runner.Result again = upgrade(runner, "head");
        assertThat(again.revisions()).isEmpty();
        assertThat(query("select count(*) from retort_history")).containsExactly("2");
    }

    /** Whether this database rolls back the DDL of a failed revision. */
    abstract boolean transactionalDdl();

    /** An explicit cast to a shorter varchar cuts values short (PostgreSQL's {@code using col::varchar(4)}); a narrowing must fail instead. */
    @Test
    void aShorterStringRefusesValuesThatDoNotFitInsteadOfCuttingThem() throws SQLException {
        RevisionInfo shorter = revision("ccc333", List.of("bbb222"), List.of(
                new AlterColumn(Name.of("employee"), column("gender", varchar(10)), column("gender", varchar(4)))));
        upgrade(runner(FIRST, SECOND), "head");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into employee (id, gender) values (1, 'abcdefghij')");
        }

        assertThatThrownBy(() -> upgrade(runner(FIRST, SECOND, shorter), "head")).isInstanceOf(RetortException.class);
        assertThat(query("select gender from employee")).containsExactly("abcdefghij");
        assertThat(query("select version_id from retort_version")).containsExactly("bbb222");
    }

    /** A hand-written revision naming a table longer than any of the databases keeps: refused before any statement runs. */
    @Test
    void aNameTooLongForTheDatabaseIsRefusedBeforeTheRevisionStarts() throws SQLException {
        String name = "t" + "x".repeat(299);
        RevisionInfo tooLong = revision("ccc333", List.of("bbb222"), List.of(
                new AddColumn(Name.of("employee"), column("phone", varchar(20))),
                new CreateTable(table(name).column(column("id", bigint()).notNull()))));

        assertThatThrownBy(() -> upgrade(runner(FIRST, SECOND, tooLong), "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("upgrade() cannot run on")
                .hasMessageContaining("name " + name + ": the name is 300 ")
                .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.BAD_INPUT));
        assertThat(columns()).containsExactly("id", "gender");
        assertThat(query("select version_id from retort_version")).containsExactly("bbb222");
    }

    @Test
    void aFailingLastStatementStopsAndSaysWhereTheDatabaseIs() throws SQLException {
        RevisionInfo broken = revision("ccc333", List.of("bbb222"), List.of(
                new AddColumn(Name.of("employee"), column("phone", varchar(20))),
                new ExecuteSql("alter table no_such_table add column x int")));
        Runner runner = runner(FIRST, SECOND, broken);

        assertThatThrownBy(() -> upgrade(runner, "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("revision ccc333")
                .hasMessageContaining("alter table no_such_table add column x int")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT)).contains("no_such_table"))
                .hasMessageContaining(transactionalDdl() ? "rolled back; the database remains at bbb222" : "recorded at bbb222")
                .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.FAILED));

        // With transactional DDL the whole revision is undone; elsewhere the first statement stays, and the bookkeeping says so.
        assertThat(columns()).isEqualTo(transactionalDdl() ? List.of("id", "gender") : List.of("id", "gender", "phone"));
        assertThat(query("select version_id from retort_version")).containsExactly("bbb222");
        assertThat(history()).endsWith("ccc333 upgrade failed");
    }

    /** Concurrently means without blocking writes where the database can: outside the transaction on PostgreSQL, online elsewhere. */
    @Test
    void anIndexBuiltConcurrentlyIsThereAfterTheUpgradeAndGoneAfterTheDowngrade() throws SQLException {
        RevisionInfo indexed = revision("ccc333", List.of("bbb222"), List.of(
                new CreateIndex(Name.of("employee"), Index.of("ix_employee_gender", "gender")).withConcurrently()));
        Runner runner = runner(FIRST, SECOND, indexed);

        upgrade(runner, "head");
        assertThat(indexes()).contains("ix_employee_gender");
        assertThat(query("select version_id from retort_version")).containsExactly("ccc333");

        downgrade(runner, "bbb222");
        assertThat(indexes()).doesNotContain("ix_employee_gender");
        assertThat(history()).endsWith("ccc333 upgrade ok", "ccc333 downgrade ok");
    }

    /**
     * What an outside-transaction block ran stays when a later statement fails, and so does what
     * came before it (committed as the block began); the message says so, and --resume runs the
     * rest once it is fixed, without running those statements again.
     */
    @Test
    void aFailureAfterAnOutsideTransactionBlockKeepsWhatRanAndResumes() throws SQLException {
        List<Operation> operations = new ArrayList<>(List.of(
                new AddColumn(Name.of("employee"), column("phone", varchar(20))),
                new OutsideTransaction(List.of(new CreateIndex(Name.of("employee"), Index.of("ix_employee_phone", "phone")))),
                new ExecuteSql("alter table no_such_table add column x int")));
        assertThatThrownBy(() -> upgrade(runner(FIRST, SECOND, revision("ccc333", List.of("bbb222"), operations)), "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("statements 1-2 were committed")
                .hasMessageContaining(transactionalDdl() ? ", the rest rolled back; the database is recorded at bbb222" : "recorded at bbb222")
                .hasMessageContaining("'retort upgrade --resume ccc333' runs the rest");
        assertThat(columns()).containsExactly("id", "gender", "phone");
        assertThat(indexes()).contains("ix_employee_phone");

        operations.set(2, new ExecuteSql("create table fixed (id int)"));
        runner(FIRST, SECOND, revision("ccc333", List.of("bbb222"), operations)).upgrade(connection, database.schema(), "head", Runner.Resume.ALWAYS);

        assertThat(tables()).contains("fixed");
        assertThat(query("select version_id from retort_version")).containsExactly("ccc333");
        assertThat(history()).endsWith("ccc333 upgrade failed", "ccc333 upgrade ok");
    }

    /**
     * Another session's open transaction on the table holds the lock a revision's DDL needs: the
     * revision gives up after the lock wait, is rolled back and tried again, and in the end fails
     * naming that session and the settings, with nothing changed; when the session ends during the
     * pause, the next attempt succeeds. (PostgreSQL and MariaDB: H2 has no per-session lock wait.)
     */
    void aRevisionBlockedByAnotherSessionGivesUpRetriesAndSaysWhoHoldsTheLock() throws Exception {
        RevisionInfo phone = revision("ccc333", List.of("bbb222"), List.of(new AddColumn(Name.of("employee"), column("phone", varchar(20)))));
        upgrade(runner(FIRST, SECOND), "head");
        List<String> warnings = new ArrayList<>();
        RunListener listening = new RunListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("insert into employee (id) values (1)");
            }
            Runner blocked = new Runner(dialect, RevisionGraph.of(List.of(FIRST, SECOND, phone)), listening, new Runner.LockWait(Duration.ofSeconds(1), 1),
                    TableCopier.NONE);
            assertThatThrownBy(() -> blocked.upgrade(connection, database.schema(), "head"))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("waited 1 s for a lock another session holds, 2 times (ddl.lock.timeout, ddl.lock.retries)")
                    .hasMessageContaining("sessions in a transaction for longer than that: ")
                    .hasMessageContaining(", in a transaction for ");
            assertThat(warnings).singleElement().asString().contains("trying again in 1 s (1 of 1 retries)");
            assertThat(columns()).containsExactly("id", "gender");
            assertThat(query("select version_id from retort_version")).containsExactly("bbb222");

            warnings.clear();
            Thread ends = new Thread(() -> {
                try {
                    Thread.sleep(1_500);
                    holder.commit();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            ends.start();
            new Runner(dialect, RevisionGraph.of(List.of(FIRST, SECOND, phone)), listening, new Runner.LockWait(Duration.ofSeconds(1), 3),
                    TableCopier.NONE).upgrade(connection, database.schema(), "head");
            ends.join();
        }
        assertThat(warnings).isNotEmpty().allMatch(warning -> warning.contains("(ddl.lock.timeout)"));
        assertThat(columns()).containsExactly("id", "gender", "phone");
        assertThat(query("select version_id from retort_version")).containsExactly("ccc333");
    }

    private List<String> indexes() throws SQLException {
        List<String> names = new ArrayList<>();
        String table = dialect.key(Name.of("employee"));
        try (ResultSet rows = connection.getMetaData().getIndexInfo(dialect.metadataCatalog(database.schema()),
                dialect.metadataSchema(database.schema()), table, false, false)) {
            while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null) {
                    names.add(rows.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Test
    void aDatabaseAtAnUnknownRevisionIsRefused() throws SQLException {
        upgrade(runner(FIRST, SECOND), "head");
        assertThatThrownBy(() -> upgrade(runner(FIRST), "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("bbb222, which no revision file defines");
    }
}
