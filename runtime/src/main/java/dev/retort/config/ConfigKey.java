package dev.retort.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The keys of {@code retort.properties}, each overridable by {@code RETORT_<KEY>} in the environment. */
public enum ConfigKey {
    URL("url", "JDBC URL of the database, e.g. jdbc:h2:./target/db, jdbc:postgresql://localhost/app"),
    USER("user", "database user"),
    PASSWORD("password", "database password; prefer ${ENV_VAR} or RETORT_PASSWORD over a literal"),
    DIALECT("dialect", "h2, postgresql, mariadb, mysql or oracle, with a version after a colon for offline SQL and lint (mysql:8.0.20;"
            + " else a default one); default: from the URL"),
    SCHEMA("schema", "schema (database on MariaDB/MySQL) Retort manages; default: the connection's"),
    ENTITIES_PACKAGES("entities.packages", "comma-separated packages holding your @Entity classes"),
    ENTITIES_CLASSES("entities.classes", "comma-separated @Entity (and @Embeddable, @MappedSuperclass, @Converter) class names,"
            + " listed one by one as a persistence unit lists them, besides or instead of entities.packages"),
    ENTITIES_SOURCES("entities.sources", "comma-separated folders of entity .java sources, compiled by Retort"),
    ENTITIES_CLASSPATH("entities.classpath", "folders/jars of compiled entities and their dependencies, separated by commas or the platform's path separator"),
    PERSISTENCE_UNIT("persistence.unit", "the persistence unit of persistence.xml whose classes, mapping files and properties to use"
            + " (default: the only one there is)"),
    PERSISTENCE_XML("persistence.xml", "the persistence.xml to read; default: META-INF/persistence.xml on entities.classpath"),
    MIGRATIONS_DIR("migrations.dir", "source folder of revision files (the truth during development)"),
    MIGRATIONS_PACKAGE("migrations.package", "Java package of revision classes"),
    NAMING_STRATEGY("naming.strategy",
            "physical naming strategy: default, snake_case (Spring Boot's CamelCaseToUnderscoresNamingStrategy), or a class name"),
    NAMING_IMPLICIT("naming.implicit",
            "implicit naming strategy: default (JPA compliant), legacy-jpa, component-path, or a class name"),
    TABLES_INCLUDE("tables.include", "comma-separated glob patterns of the tables Retort manages (default: all)"),
    TABLES_EXCLUDE("tables.exclude", "comma-separated glob patterns of tables Retort never reads, creates or drops"),
    CONNECT_TIMEOUT("connect.timeout", "seconds to wait for the database to accept a connection and log in (default 10; a timeout"
            + " the URL sets wins)"),
    LOCK_TIMEOUT("lock.timeout", "seconds a deployer waits for another's deployment lock before giving up (default 60)"),
    DDL_LOCK_TIMEOUT("ddl.lock.timeout", "seconds a revision's statement waits for a lock another session holds on what it changes before"
            + " the revision is rolled back and tried again (default 5; 0 waits as long as the database does; PostgreSQL, MySQL, MariaDB)"),
    DDL_LOCK_RETRIES("ddl.lock.retries", "how many more times a revision that gave up waiting for a lock is tried, a little later each time"
            + " (default 3)"),
    ONLINE_ALGORITHM("online.algorithm", "how MySQL/MariaDB alters say the server must change a table in use: assert (default: INSTANT, or INPLACE"
            + " with LOCK=NONE, where Retort knows it can, so the server refuses rather than block writes) or server (no clause: the server"
            + " picks, and may lock the table)"),
    ONLINE_ENGINE("online.engine", "how MySQL/MariaDB alter a large table: none (the server itself, default) or pt-osc"
            + " (Percona's pt-online-schema-change copies it while it is written)"),
    ONLINE_MIN_ROWS("online.min-rows", "with online.engine, the tables of at least this many rows (the server's estimate) it is"
            + " used for (default 100000)"),
    ONLINE_COMMAND("online.command", "with online.engine=pt-osc, the tool to run (default: pt-online-schema-change, found on the PATH)"),
    TENANTS("tenants", "comma-separated tenants for upgrade --tenants and current --tenants with no file: schema names on this server, or JDBC URLs"),
    TENANTS_QUERY("tenants.query", "SQL run on this database whose first column lists the tenants (schema names or JDBC URLs), added to"
            + " tenants"),
    VERIFY_URL("verify.url", "JDBC URL of a database where verify may create (and drops) a scratch schema; default: url (same user and"
            + " password)"),
    RENAME_HINTS("rename.hints", "comma-separated renames for autogen, e.g. employee.job_title=position,old_table=new_table");

    private final String key;
    private final String description;

    ConfigKey(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** {@code RETORT_ENTITIES_PACKAGES} for {@code entities.packages}. */
    public String environmentVariable() {
        return "RETORT_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public static Optional<ConfigKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The known key closest to a misspelled one. */
    public static ConfigKey nearest(String key) {
        return Arrays.stream(values()).min(Comparator.comparingInt(k -> distance(k.key, key))).orElseThrow();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
