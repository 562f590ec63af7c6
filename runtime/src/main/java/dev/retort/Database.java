package dev.retort;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.runner.VersionStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/** An open connection with the dialect and schema it was found to speak. */
public final class Database implements AutoCloseable {

    private final Connection connection;
    private final Dialect dialect;
    private final String schema;
    private final Runnable restore;
    private final boolean pooled;
    private boolean discarded;

    private Database(Connection connection, Dialect dialect, String schema, Runnable restore, boolean pooled) {
        this.connection = connection;
        this.dialect = dialect;
        this.schema = schema;
        this.restore = restore;
        this.pooled = pooled;
    }

    /**
     * Connects through the application's {@code dataSource} when there is one (its pool, driver and
     * timeouts apply), else to the configured URL with the driver on the class path.
     */
    static Database connect(RetortConfig config, DataSource dataSource) {
        Connection connection = dataSource != null ? open(config, dataSource) : open(config);
        String where = dataSource != null ? "the application's DataSource" : DatabaseKind.redactUrl(config.url());
        Dialect dialect;
        String schema;
        try {
            dialect = config.online().applyTo(DatabaseKind.dialectOf(connection));
            if (config.dialect() != null && DatabaseKind.fromName(config.dialect()) != dialect.kind()) {
                throw RetortException.badInput("dialect is " + config.dialect() + " but the database at " + where + " is "
                        + dialect.kind().displayName() + ": set dialect=" + dialect.kind().configName()
                        + ", or leave it out (it is read from the connection; it is for offline SQL)");
            }
            schema = config.schema() != null ? config.schema() : dialect.defaultSchema(connection);
        } catch (SQLException | RuntimeException e) {
            close(connection);
            if (e instanceof RetortException retort) {
                throw retort;
            }
            throw RetortException.failed("cannot read the database's metadata: " + config.secrets().redact(e.getMessage()), e);
        }
        Runnable restore;
        try {
            restore = dataSource != null ? dialect.sessionRestorer(connection) : () -> {};
            dialect.useSchema(connection, schema); // so every statement after this one works in the managed schema
        } catch (SQLException e) {
            close(connection);
            throw RetortException.failed("cannot use schema " + schema + ": " + config.secrets().redact(e.getMessage()), e);
        }
        return new Database(connection, dialect, schema, restore, dataSource != null);
    }

    private static Connection open(RetortConfig config, DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw RetortException.unreachable("cannot connect through the application's DataSource: " + config.secrets().redact(e.getMessage()), e);
        }
    }

    private static Connection open(RetortConfig config) {
        if (config.url() == null) {
            throw RetortException.badInput("no database URL: set 'url' in retort.properties or RETORT_URL");
        }
        Properties properties = DatabaseKind.fromUrl(config.url()).connectTimeout(config.connectTimeout(), config.url());
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        if (config.url().startsWith("jdbc:postgresql:")) {
            properties.setProperty("ApplicationName", "retort"); // so pg_stat_activity shows whose work it is
        }
        try {
            return DriverManager.getConnection(DatabaseKind.fromUrl(config.url()).driverUrl(config.url()), properties);
        } catch (SQLException e) {
            throw RetortException.unreachable("cannot connect to " + DatabaseKind.redactUrl(config.url()) + ": "
                    + config.secrets().redact(e.getMessage()), e);
        }
    }

    /**
     * A connection lost or refused for a while: SQLSTATE class 08, or an H2 file handed from one
     * process to another (closed, lock file being taken over, in use).
     */
    static boolean isTransient(Throwable error) {
        return error instanceof SQLException e && ((e.getSQLState() != null && e.getSQLState().startsWith("08")) || isHandedOver(e));
    }

    /**
     * An H2 file being handed from one process to another (closed, lock file being taken over, in
     * use): worth trying again even on a first connect, unlike a server nobody answers for.
     */
    static boolean isHandedOver(Throwable error) {
        return error instanceof SQLException e && List.of(90121, 90067, 8000, 90020).contains(e.getErrorCode());
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String schema() {
        return schema;
    }

    /** Retort's bookkeeping tables in the managed schema. */
    public VersionStore store() {
        return new VersionStore(dialect, schema);
    }

    @Override
    public void close() {
        if (discarded) {
            return;
        }
        restore.run();
        close(connection);
    }

    /**
     * Gives a pooled connection up instead of back: the pool discards it. For a connection whose
     * session the deployment lock set up for itself, or that still holds a lock it failed to
     * release. A connection of Retort's own is simply closed (aborting an embedded H2 one would
     * leave its database open, unwritten, when the process ends).
     */
    void discard() {
        if (!pooled) {
            close();
            return;
        }
        discarded = true;
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | SecurityException ignored) {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that will not close
        }
    }
}
