package dev.retort.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autogen.Autogen;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code online.engine=pt-osc} on the local MariaDB: a column of a 1,000,000-row table changes type
 * (a change MariaDB copies the table for) while another connection keeps inserting into it, through
 * Percona's pt-online-schema-change, which .ci/run installs. The copy's triggers run inside the
 * application's writes, which may now and then meet a deadlock (InnoDB error 1213) an application
 * retries, as InnoDB says to; the writer here does, and no write is lost.
 */
class OnlineSchemaChangeMariaDbTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path work;

    private TestDatabase.Fresh database;

    @BeforeEach
    void createTable() throws Exception {
        database = TestDatabase.MARIADB.create();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table events (id bigint not null auto_increment, kind int not null, note varchar(20),"
                    + " primary key (id))");
            statement.execute("insert into events (kind, note) select seq % 100, 'seeded' from seq_1_to_" + ROWS);
            statement.execute("analyze table events"); // the row estimate the threshold reads
        }
        Files.createDirectories(work.resolve("migrations"));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    private Retort retort(String command) throws Exception {
        Retort retort = Retort.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDir(work.resolve("migrations")).migrationsPackage("online")
                .setting("online.engine", "pt-osc").setting("online.min-rows", "100000").setting("online.command", command)
                .load();
        Path revision = Autogen.of(retort).revision("widen kind");
        Files.writeString(revision, Files.readString(revision)
                .replaceFirst("(public void upgrade\\(Ops op\\) \\{)", "$1\n        op.alterColumn(\"events\", column(\"kind\", integer()).notNull(),"
                        + " column(\"kind\", bigint()).notNull());")
                .replaceFirst("(public void downgrade\\(Ops op\\) \\{)", "$1\n        op.alterColumn(\"events\", column(\"kind\", bigint()).notNull(),"
                        + " column(\"kind\", integer()).notNull());"));
        return retort;
    }

    @Test
    void aMillionRowTableChangesWhileAnotherConnectionKeepsWriting() throws Exception {
        Retort retort = retort("pt-online-schema-change");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger deadlocks = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> { // an application writing all along, retrying a deadlock as InnoDB says to
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                while (writing.get()) {
                    try {
                        statement.executeUpdate("insert into events (kind, note) values (7, 'during')");
                        written.incrementAndGet();
                    } catch (SQLTransactionRollbackException deadlock) {
                        deadlocks.incrementAndGet();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                failures.add(e);
            }
        });
        writer.start();
        while (written.get() < 50) {
            Thread.sleep(10);
        }

        Set<String> triggers = ConcurrentHashMap.newKeySet(); // pt-online-schema-change's, which carry writes to its copy
        Thread watcher = new Thread(() -> {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                while (writing.get()) {
                    try (ResultSet rows = statement.executeQuery("select trigger_name from information_schema.triggers"
                            + " where event_object_schema = database() and event_object_table = 'events'")) {
                        while (rows.next()) {
                            triggers.add(rows.getString(1));
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                failures.add(e);
            }
        });
        watcher.start();
        int whenStarted = written.get();
        retort.upgrade("head");
        int whenDone = written.get();
        Thread.sleep(200);
        writing.set(false);
        writer.join();
        watcher.join();

        assertThat(failures).as("no write failed").isEmpty();
        assertThat(triggers).as("pt-online-schema-change copied the table").isNotEmpty().allMatch(name -> name.startsWith("pt_osc_"));
        assertThat(deadlocks.get()).as("deadlocks met by the copy's triggers, each retried").isLessThan(written.get() / 100 + 5);
        assertThat(whenDone - whenStarted).as("writes went on while the table was changed").isGreaterThan(100);
        assertThat(database.column("select count(*) from events")).as("no row lost").containsExactly(String.valueOf(ROWS + written.get()));
        assertThat(database.column("select count(*) from events where note = 'during'")).containsExactly(String.valueOf(written.get()));
        assertThat(database.column("select data_type from information_schema.columns where table_schema = database() and table_name = 'events'"
                + " and column_name = 'kind'")).containsExactly("bigint");
        assertThat(database.column("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_name like '%events%'")).as("no copy or old table left").containsExactly("1");
    }

    @Test
    void aMissingToolIsNamedWithItsPackageAndNothingChanges() throws Exception {
        Retort retort = retort(work.resolve("no-such-tool").toString());

        assertThatThrownBy(() -> retort.upgrade("head")).isInstanceOf(RetortException.class)
                .hasMessageContaining("install Percona Toolkit (Debian and Ubuntu: apt-get install percona-toolkit)");
        assertThat(database.column("select data_type from information_schema.columns where table_schema = database() and table_name = 'events'"
                + " and column_name = 'kind'")).containsExactly("int");
    }

    /** Ctrl-C while the tool copies: it is stopped, drops its triggers and copy, and the table is as it was. */
    @Test
    void aCancelStopsTheCopyAndLeavesTheTableAsItWas() throws Exception {
        Retort retort = retort("pt-online-schema-change");
        List<Throwable> outcome = Collections.synchronizedList(new ArrayList<>());
        Thread upgrade = new Thread(() -> {
            try {
                retort.upgrade("head");
            } catch (RuntimeException e) {
                outcome.add(e);
            }
        });
        upgrade.start();
        while (database.column("select count(*) from information_schema.triggers where event_object_schema = database()").equals(List.of("0"))) {
            assertThat(upgrade.isAlive()).as("the copy began").isTrue();
            Thread.sleep(20);
        }

        assertThat(retort.cancel()).isTrue();
        upgrade.join();

        assertThat(outcome).singleElement().asString().contains("was cancelled");
        assertThat(database.column("select count(*) from information_schema.triggers where event_object_schema = database()")).containsExactly("0");
        assertThat(database.column("select table_name from information_schema.tables where table_schema = database() and table_name like '%events%'"))
                .containsExactly("events");
        assertThat(database.column("select data_type from information_schema.columns where table_schema = database() and table_name = 'events'"
                + " and column_name = 'kind'")).containsExactly("int");
        assertThat(database.column("select count(*) from events")).containsExactly(String.valueOf(ROWS));
    }
}
