package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestRevisions;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application hands Retort its own DataSource instead of a URL: revisions apply through it, in
 * the configured schema; every connection taken is given back in the schema, search path and
 * auto-commit it came in (a pool hands it to the application next), except the deployment lock's,
 * which is given up (aborted) so no pool keeps a session the lock set up.
 */
class DataSourceTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void revisionsApplyThroughTheApplicationsDataSource(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            // PostgreSQL and H2 keep the tables in a schema other than the connection's own; on MariaDB a schema is the database
            String schema = kind == TestDatabase.MARIADB ? null : kind == TestDatabase.H2 ? "APP" : "app";
            if (schema != null) {
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    statement.execute("create schema " + schema);
                }
            }
            CountingDataSource dataSource = new CountingDataSource(database);
            Retort retort = Retort.configure().dataSource(dataSource).schema(schema)
                    .migrationsDir(writeRevision()).migrationsPackage("app").load();

            retort.upgrade("head");

            assertThat(retort.current().atHead()).isTrue();
            assertThat(tables(database, schema != null ? schema : database.schema())).contains("item", "retort_version");
            assertThat(dataSource.discarded).as("the lock's connection, whose session the lock set up, is given up").isEqualTo(1);
            assertThat(dataSource.opened).as("every other connection given back").isEqualTo(dataSource.closed.size() + dataSource.discarded);
            assertThat(dataSource.closed).as("each in the schema and session it came in").allMatch(dataSource.schemaAtOpen::equals);

            retort.downgrade("base");
            assertThat(tables(database, schema != null ? schema : database.schema())).doesNotContain("item");
        }
    }

    private Path writeRevision() throws IOException {
        String item = "table(\"item\").column(column(\"id\", bigint()).notNull()).primaryKey(\"id\")";
        TestRevisions.writeSource(work.resolve("migrations"), "app", "5a5a5a5a5a5a", null, "item",
                "op.createTable(" + item + ");", "op.dropTable(" + item + ");");
        return work.resolve("migrations");
    }

    private static List<String> tables(TestDatabase.Fresh database, String schema) throws SQLException {
        try (Connection connection = database.connect();
                ResultSet rows = connection.getMetaData().getTables(database.kind() == TestDatabase.MARIADB ? schema : null,
                        database.kind() == TestDatabase.MARIADB ? null : schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase());
            }
            return tables;
        }
    }

    /** A DataSource as a pool is one to its users: it counts the connections handed out and given back, and where each stood when given back. */
    private static final class CountingDataSource implements DataSource {
        private final TestDatabase.Fresh database;
        private int opened;
        private int discarded;
        private final List<String> closed = new ArrayList<>();
        private String schemaAtOpen;

        CountingDataSource(TestDatabase.Fresh database) {
            this.database = database;
        }

        @Override
        public synchronized Connection getConnection() throws SQLException {
            Connection real = database.connect();
            schemaAtOpen = session(real);
            opened++;
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                    synchronized (this) {
                        closed.add(session(real));
                    }
                } else if (method.getName().equals("abort")) {
                    synchronized (this) {
                        discarded++;
                    }
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }

        /** Where a connection stands: catalog, schema, auto-commit, and the session settings Retort's work touches. */
        private String session(Connection connection) throws SQLException {
            String settings = switch (database.kind()) {
                case POSTGRESQL -> "select current_setting('search_path') || ' ' || current_setting('application_name')";
                case H2, MARIADB -> "select 1";
            };
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(settings)) {
                rows.next();
                return connection.getCatalog() + "." + connection.getSchema() + " autocommit=" + connection.getAutoCommit() + " " + rows.getString(1);
            }
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
