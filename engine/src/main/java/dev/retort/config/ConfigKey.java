package dev.retort.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The keys of {@code retort.properties}, each overridable by {@code RETORT_<KEY>} in the environment. */
public enum ConfigKey {
    URL("url", true, "JDBC URL of the database, e.g. jdbc:h2:./target/db, jdbc:postgresql://localhost/app"),
    USER("user", true, "database user"),
    PASSWORD("password", true, "database password; prefer ${ENV_VAR} or RETORT_PASSWORD over a literal"),
    DIALECT("dialect", true, "h2, postgresql, mariadb, mysql or oracle; default: from the URL"),
    SCHEMA("schema", true, "schema (database on MariaDB/MySQL) Retort manages; default: the connection's"),
    ENTITIES_PACKAGES("entities.packages", true, "comma-separated packages holding your @Entity classes"),
    ENTITIES_SOURCES("entities.sources", true, "comma-separated folders of entity .java sources, compiled by Retort"),
    ENTITIES_CLASSPATH("entities.classpath", true, "comma-separated folders/jars of compiled entities and their dependencies"),
    MIGRATIONS_DIR("migrations.dir", true, "source folder of revision files (the truth during development)"),
    MIGRATIONS_PACKAGE("migrations.package", true, "Java package of revision classes"),
    NAMING_STRATEGY("naming.strategy", false, "Hibernate physical naming strategy class (not supported yet)"),
    TABLES_INCLUDE("tables.include", false, "comma-separated glob patterns of tables to manage (not supported yet)"),
    TABLES_EXCLUDE("tables.exclude", false, "comma-separated glob patterns of tables to leave alone (not supported yet)"),
    RENAME_HINTS("rename.hints", false, "comma-separated renames, e.g. employee.job_title=position (not supported yet)");

    private final String key;
    private final boolean supported;
    private final String description;

    ConfigKey(String key, boolean supported, String description) {
        this.key = key;
        this.supported = supported;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** Keys of the design that this version reads but cannot honour yet; setting one is an error, not a silent no-op. */
    public boolean supported() {
        return supported;
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
