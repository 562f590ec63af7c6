package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The databases integration tests run on. H2 is always there. PostgreSQL and MariaDB come from
 * {@code RETORT_TEST_POSTGRES_URL} / {@code RETORT_TEST_MARIADB_URL} (with {@code _USER} and
 * {@code _PASSWORD}), else from Testcontainers when Docker answers; otherwise a test is skipped
 * with a notice, except under {@code CI=true}, where a missing database fails the run.
 *
 * <p>Every {@link #create} makes a new database of its own, dropped again by {@link Fresh#close()},
 * so runs never see each other's tables and a rerun after a crash starts clean.
 */
public enum TestDatabase {
    H2("H2", null, null),
    POSTGRESQL("PostgreSQL", "RETORT_TEST_POSTGRES", "postgres:15-alpine"),
    MARIADB("MariaDB", "RETORT_TEST_MARIADB", "mariadb:10.11");

    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:[a-z]+://[^/?;]+)/?([^?;]*)(.*)");
    private static final Map<TestDatabase, Server> SERVERS = new ConcurrentHashMap<>();

    private final String displayName;
    private final String environmentPrefix;
    private final String image;

    TestDatabase(String displayName, String environmentPrefix, String image) {
        this.displayName = displayName;
        this.environmentPrefix = environmentPrefix;
        this.image = image;
    }

    /** A database of its own, connected to as a user would: {@code url}, {@code user}, {@code password}. */
    public record Fresh(TestDatabase kind, String url, String user, String password, String name, Server server)
            implements AutoCloseable {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** The first column of each row the query returns, as text. */
        public List<String> column(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }

        /** The schema Retort manages here: the database itself on MariaDB, the default schema elsewhere. */
        public String schema() {
            return switch (kind) {
                case H2 -> "PUBLIC";
                case POSTGRESQL -> "public";
                case MARIADB -> name;
            };
        }

        @Override
        public void close() throws SQLException {
            if (server != null) {
                server.execute(kind == POSTGRESQL
                        ? "drop database if exists " + name + " with (force)"
                        : "drop database if exists " + name);
            }
        }
    }

    /** Where a server is and how to reach it as an administrator. */
    public record Server(String baseUrl, String adminDatabase, String parameters, String user, String password) {

        String url(String database) {
            return baseUrl + "/" + database + parameters;
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url(adminDatabase), user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    public Fresh create() {
        String name = "retort_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (this == H2) {
            return new Fresh(this, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", name, null);
        }
        Server server = SERVERS.computeIfAbsent(this, TestDatabase::locate);
        try {
            server.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + displayName + " at " + server.baseUrl(), e);
        }
        return new Fresh(this, server.url(name), server.user(), server.password(), name, server);
    }

    private Server locate() {
        String url = System.getenv(environmentPrefix + "_URL");
        if (url != null && !url.isBlank()) {
            Matcher matcher = SERVER_URL.matcher(url.strip());
            if (!matcher.matches()) {
                throw new IllegalStateException(environmentPrefix + "_URL is not a server URL: " + url);
            }
            String adminDatabase = this == POSTGRESQL && matcher.group(2).isEmpty() ? "postgres" : matcher.group(2);
            return new Server(matcher.group(1), adminDatabase, matcher.group(3),
                    orDefault(System.getenv(environmentPrefix + "_USER"), this == POSTGRESQL ? "postgres" : "root"),
                    orDefault(System.getenv(environmentPrefix + "_PASSWORD"), ""));
        }
        if (dockerAvailable()) {
            return fromContainer();
        }
        String notice = displayName + " is not available: set " + environmentPrefix + "_URL (e.g. "
                + (this == POSTGRESQL ? "jdbc:postgresql://127.0.0.1:5432/postgres" : "jdbc:mariadb://127.0.0.1:3306/")
                + ") or run Docker";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(notice + " -- CI=true requires every database");
        }
        System.err.println("NOTICE: skipping " + displayName + " tests: " + notice);
        Assumptions.abort(notice);
        throw new AssertionError("unreachable");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private Server fromContainer() {
        JdbcDatabaseContainer<?> container = this == POSTGRESQL ? new PostgreSQLContainer(image) : new MariaDBContainer(image);
        if (this == MARIADB) {
            container.withUsername("root");
        }
        container.start();
        Matcher matcher = SERVER_URL.matcher(container.getJdbcUrl());
        if (!matcher.matches()) {
            throw new IllegalStateException("unexpected container URL " + container.getJdbcUrl());
        }
        return new Server(matcher.group(1), matcher.group(2), matcher.group(3), container.getUsername(), container.getPassword());
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return displayName.toLowerCase(Locale.ROOT);
    }
}
