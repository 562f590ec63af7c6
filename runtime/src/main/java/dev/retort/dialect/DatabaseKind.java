package dev.retort.dialect;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The databases Retort knows, recognised by JDBC URL, configured name or product name. */
public enum DatabaseKind {
    H2("h2", "H2", "jdbc:h2:", "2.3.232"),
    POSTGRESQL("postgresql", "PostgreSQL", "jdbc:postgresql:", "15"),
    MARIADB("mariadb", "MariaDB", "jdbc:mariadb:", "10.11"),
    MYSQL("mysql", "MySQL", "jdbc:mysql:", "8.4"),
    ORACLE("oracle", "Oracle", "jdbc:oracle:", "19");

    private static final Pattern NAME_AND_VERSION = Pattern.compile("([a-z0-9]+)(?::(\\d+(?:\\.\\d+){0,2}))?");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    private final String configName;
    private final String displayName;
    private final String urlPrefix;
    private final String defaultVersion;

    DatabaseKind(String configName, String displayName, String urlPrefix, String defaultVersion) {
        this.configName = configName;
        this.displayName = displayName;
        this.urlPrefix = urlPrefix;
        this.defaultVersion = defaultVersion;
    }

    /** The version offline scripts are written for when no database tells its own. */
    public String defaultVersion() {
        return defaultVersion;
    }

    public String configName() {
        return configName;
    }

    public String displayName() {
        return displayName;
    }

    /** The dialect for this database at {@code version} (e.g. {@code 2.3.232}). */
    public Dialect dialect(String version) {
        return switch (this) {
            case H2 -> new H2Dialect(version);
            case POSTGRESQL -> new PostgreSQLDialect(version);
            case MARIADB -> new MariaDBDialect(version);
            case MYSQL -> new MySQLDialect(version);
            case ORACLE -> new OracleDialect(version);
        };
    }

    /**
     * The URL to hand the drivers: a {@code jdbc:mysql:} URL goes to the MariaDB driver Retort ships
     * (which speaks MySQL's protocol) when no MySQL driver is on the class path.
     */
    public String driverUrl(String url) {
        if (this != MYSQL) {
            return url;
        }
        try {
            DriverManager.getDriver(url);
            return url;
        } catch (SQLException noMySqlDriver) {
            return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
    }

    /**
     * The driver properties that bound how long connecting and logging in may take, unless the URL
     * sets its own: a server that accepts the connection and never answers would hang forever.
     */
    public Properties connectTimeout(Duration timeout, String url) {
        Properties properties = new Properties();
        long seconds = Math.max(1, timeout.toSeconds());
        String lower = url.toLowerCase(Locale.ROOT);
        switch (this) {
            case POSTGRESQL -> {
                if (!lower.contains("connecttimeout=")) {
                    properties.setProperty("connectTimeout", String.valueOf(seconds));
                }
                if (!lower.contains("logintimeout=")) {
                    properties.setProperty("loginTimeout", String.valueOf(seconds));
                }
            }
            case MARIADB, MYSQL -> {
                if (!lower.contains("connecttimeout=")) {
                    properties.setProperty("connectTimeout", String.valueOf(seconds * 1000));
                }
            }
            default -> { } // H2 embedded answers at once; Oracle is never connected to
        }
        return properties;
    }

    /**
     * The URL with any relative file path made absolute against {@code base}, the config file's
     * folder, so a project's database does not depend on the current directory.
     */
    public String resolveUrl(String url, Path base) {
        return this == H2 ? H2Dialect.resolveUrl(url, base) : url;
    }

    public static DatabaseKind fromUrl(String url) {
        for (DatabaseKind kind : values()) {
            if (url.startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        throw RetortException.badInput("cannot tell the database from URL '" + redactUrl(url)
                + "'; set 'dialect' (one of " + names() + ")");
    }

    /** A {@code dialect} setting's database: its name, with or without a version after a colon ({@code mysql:8.0.20}). */
    public static DatabaseKind fromName(String name) {
        Matcher parts = NAME_AND_VERSION.matcher(name.strip().toLowerCase(Locale.ROOT));
        if (parts.matches()) {
            for (DatabaseKind kind : values()) {
                if (kind.configName.equals(parts.group(1))) {
                    return kind;
                }
            }
        }
        throw RetortException.badInput("unknown dialect '" + name + "' (expected one of " + names() + ", a version after a colon if"
                + " need be: mysql:8.0.20)");
    }

    /** The dialect a {@code dialect} setting names, at the version it gives, else at this database's default one (offline SQL, lint). */
    public static Dialect dialectNamed(String name) {
        DatabaseKind kind = fromName(name);
        Matcher parts = NAME_AND_VERSION.matcher(name.strip().toLowerCase(Locale.ROOT));
        return kind.dialect(parts.matches() && parts.group(2) != null ? parts.group(2) : kind.defaultVersion());
    }

    /** The dialect a live connection speaks, at the version it reports. */
    public static Dialect dialectOf(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        Matcher version = VERSION.matcher(metadata.getDatabaseProductVersion());
        DatabaseKind kind = fromProductName(metadata.getDatabaseProductName());
        if (kind == ORACLE) { // its catalog queries and lock are not written, so nothing online may pretend otherwise
            throw RetortException.badInput("Oracle is supported for offline SQL only (upgrade --sql with dialect=oracle); Retort does not connect to it");
        }
        return kind.dialect(version.find() ? version.group() : metadata.getDatabaseProductVersion());
    }

    /** The kind from {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static DatabaseKind fromProductName(String product) {
        String lower = product.toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (lower.contains(kind.configName)) {
                return kind;
            }
        }
        throw RetortException.badInput("unsupported database '" + product + "'");
    }

    /** A URL safe to print: any password parameter or user-info part is masked. */
    public static String redactUrl(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    private static String names() {
        return Arrays.stream(values()).map(DatabaseKind::configName).collect(Collectors.joining(", "));
    }
}
