package dev.retort.config;

import dev.retort.RetortException;
import dev.retort.dialect.DatabaseKind;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Reads {@code retort.properties}. Precedence: explicit overrides (command-line flags), then
 * {@code RETORT_*} environment variables, then the file. Values may use {@code ${VAR}} or
 * {@code ${VAR:-default}} from the environment.
 */
public final class ConfigLoader {

    /** A class path as a build prints it ({@code mvn dependency:build-classpath}: the platform's separator) or comma-separated. */
    private static final String CLASS_PATH_SEPARATORS = "[," + Pattern.quote(File.pathSeparator) + "]";

    public static final String FILE_NAME = "retort.properties";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Loads {@code file}; {@code overrides} win over everything else, {@code hibernateOverrides} over the file's Hibernate settings. */
    public RetortConfig load(Path file, Map<ConfigKey, String> overrides, Map<String, String> hibernateOverrides) {
        Path absolute = file.toAbsolutePath().normalize();
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        Map<String, String> hibernate = new TreeMap<>();
        Properties properties = read(absolute);
        for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
            String value = properties.getProperty(name).strip();
            if (HibernateSettings.isHibernateSetting(name)) {
                HibernateSettings.refuseOwned(name, absolute.toString());
                hibernate.put(name, expand(name, value));
            } else {
                ConfigKey key = ConfigKey.of(name).orElseThrow(() -> RetortException.badInput(absolute + ": unknown key '" + name
                        + "' (did you mean '" + ConfigKey.nearest(name).key() + "'? Hibernate's own settings start with 'hibernate.')"));
                values.put(key, expand(name, value));
            }
        }
        hibernate.putAll(hibernateOverrides);
        return merge(absolute.getParent(), values, overrides, hibernate);
    }

    /** Configuration without a file: the environment, then {@code values}; relative paths resolve against {@code base}. */
    public RetortConfig fromValues(Path base, Map<ConfigKey, String> values, Map<String, String> hibernateSettings) {
        return merge(base, new EnumMap<>(ConfigKey.class), values, hibernateSettings);
    }

    private RetortConfig merge(Path base, Map<ConfigKey, String> values, Map<ConfigKey, String> overrides, Map<String, String> hibernate) {
        for (ConfigKey key : ConfigKey.values()) {
            String fromEnvironment = environment.get(key.environmentVariable());
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                values.put(key, fromEnvironment);
            }
        }
        values.putAll(overrides);
        hibernate.keySet().forEach(name -> HibernateSettings.refuseOwned(name, "Hibernate setting"));
        return resolve(base, values, hibernate);
    }

    private static Properties read(Path file) {
        if (Files.isDirectory(file)) {
            throw RetortException.badInput(file + " is a folder, not a configuration file");
        }
        if (!Files.isRegularFile(file)) {
            throw RetortException.badInput("no " + FILE_NAME + " at " + file + " (run 'retort init', or pass -C DIR)");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (MalformedInputException e) {
            throw RetortException.badInput(file + " is not valid UTF-8 text");
        } catch (IOException e) {
            throw RetortException.badInput("cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw RetortException.badInput(file + " is malformed: " + e.getMessage());
        }
        return properties;
    }

    private String expand(String key, String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String variable = environment.get(matcher.group(1));
            if ((variable == null || variable.isEmpty()) && matcher.group(2) != null) {
                variable = matcher.group(2); // as in the shell, ':-' also replaces an empty value
            }
            if (variable == null) {
                throw RetortException.badInput("config key '" + key + "' uses ${" + matcher.group(1) + "}, which is not set");
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(variable));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    private static RetortConfig resolve(Path base, Map<ConfigKey, String> values, Map<String, String> hibernate) {
        String url = blankToNull(values.get(ConfigKey.URL));
        String dialect = blankToNull(values.get(ConfigKey.DIALECT));
        if (dialect != null) {
            DatabaseKind.fromName(dialect); // fail early on a typo
        }
        String verifyUrl = blankToNull(values.get(ConfigKey.VERIFY_URL));
        if (url != null) {
            url = DatabaseKind.fromUrl(url).resolveUrl(url, base);
        }
        return new RetortConfig(
                base,
                url,
                blankToNull(values.get(ConfigKey.USER)),
                blankToNull(values.get(ConfigKey.PASSWORD)),
                dialect,
                schema(blankToNull(values.get(ConfigKey.SCHEMA)), hibernate, dialect != null ? DatabaseKind.fromName(dialect)
                        : url != null ? DatabaseKind.fromUrl(url) : null),
                list(values.get(ConfigKey.ENTITIES_PACKAGES)),
                list(values.get(ConfigKey.ENTITIES_CLASSES)),
                list(values.get(ConfigKey.ENTITIES_SOURCES)).stream().map(path -> base.resolve(path).normalize()).toList(),
                list(values.get(ConfigKey.ENTITIES_CLASSPATH), CLASS_PATH_SEPARATORS).stream().map(path -> base.resolve(path).normalize()).toList(),
                blankToNull(values.get(ConfigKey.PERSISTENCE_UNIT)),
                blankToNull(values.get(ConfigKey.PERSISTENCE_XML)) == null ? null : base.resolve(values.get(ConfigKey.PERSISTENCE_XML)).normalize(),
                blankToNull(values.get(ConfigKey.MIGRATIONS_DIR)) == null ? null : base.resolve(values.get(ConfigKey.MIGRATIONS_DIR)).normalize(),
                javaPackage(blankToNull(values.get(ConfigKey.MIGRATIONS_PACKAGE))),
                blankToNull(values.get(ConfigKey.NAMING_STRATEGY)),
                blankToNull(values.get(ConfigKey.NAMING_IMPLICIT)),
                list(values.get(ConfigKey.TABLES_INCLUDE)),
                list(values.get(ConfigKey.TABLES_EXCLUDE)),
                list(values.get(ConfigKey.RENAME_HINTS)),
                verifyUrl == null ? null : DatabaseKind.fromUrl(verifyUrl).resolveUrl(verifyUrl, base),
                list(values.get(ConfigKey.TENANTS)),
                blankToNull(values.get(ConfigKey.TENANTS_QUERY)),
                online(values),
                seconds(ConfigKey.LOCK_TIMEOUT, values.get(ConfigKey.LOCK_TIMEOUT)),
                seconds(ConfigKey.DDL_LOCK_TIMEOUT, values.get(ConfigKey.DDL_LOCK_TIMEOUT)),
                count(ConfigKey.DDL_LOCK_RETRIES, values.get(ConfigKey.DDL_LOCK_RETRIES)),
                seconds(ConfigKey.CONNECT_TIMEOUT, values.get(ConfigKey.CONNECT_TIMEOUT)),
                hibernate);
    }

    /**
     * The managed schema: {@code schema}, else the one the application's Hibernate puts its tables in
     * ({@code hibernate.default_schema}, or on MySQL-family databases, which call the database a
     * catalog, {@code hibernate.default_catalog}). Two different answers are a mistake worth a line.
     */
    private static String schema(String schema, Map<String, String> hibernate, DatabaseKind kind) {
        String applications = blankToNull(hibernate.get(HibernateSettings.DEFAULT_SCHEMA));
        String setting = HibernateSettings.DEFAULT_SCHEMA;
        if (applications == null && (kind == DatabaseKind.MARIADB || kind == DatabaseKind.MYSQL)) {
            applications = blankToNull(hibernate.get(HibernateSettings.DEFAULT_CATALOG));
            setting = HibernateSettings.DEFAULT_CATALOG;
        }
        if (schema != null && applications != null && !schema.equalsIgnoreCase(applications)) {
            throw RetortException.badInput("'schema' is " + schema + " but " + setting + " is " + applications
                    + ": the application's tables are in " + applications + "; set one of them");
        }
        return schema != null ? schema : applications;
    }

    /** Revisions are written in this package: a name javac refuses would only fail once a revision was written. */
    private static String javaPackage(String name) {
        if (name != null && !SourceVersion.isName(name)) {
            throw RetortException.badInput("'" + ConfigKey.MIGRATIONS_PACKAGE.key() + "' is '" + name + "', which is not a Java package name"
                    + " (dot-separated identifiers, no keywords: e.g. com.example.migrations)");
        }
        return name;
    }

    private static Online online(Map<ConfigKey, String> values) {
        String engine = blankToNull(values.get(ConfigKey.ONLINE_ENGINE));
        if (engine != null && !engine.equals(Online.NONE) && !engine.equals(Online.PT_OSC)) {
            throw RetortException.badInput("'" + ConfigKey.ONLINE_ENGINE.key() + "' is '" + engine + "': none or pt-osc");
        }
        String algorithm = blankToNull(values.get(ConfigKey.ONLINE_ALGORITHM));
        if (algorithm != null && !algorithm.equals(Online.ASSERT) && !algorithm.equals(Online.SERVER)) {
            throw RetortException.badInput("'" + ConfigKey.ONLINE_ALGORITHM.key() + "' is '" + algorithm + "': assert or server");
        }
        Integer minRows = count(ConfigKey.ONLINE_MIN_ROWS, values.get(ConfigKey.ONLINE_MIN_ROWS));
        return new Online(!Online.SERVER.equals(algorithm), engine, minRows == null ? 100_000 : minRows,
                blankToNull(values.get(ConfigKey.ONLINE_COMMAND)));
    }

    private static Duration seconds(ConfigKey key, String value) {
        Integer seconds = whole(key, value, "a number of seconds");
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static Integer count(ConfigKey key, String value) {
        return whole(key, value, "a whole number");
    }

    /** A whole number of zero or more, or null where none is set. */
    private static Integer whole(ConfigKey key, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw RetortException.badInput("'" + key.key() + "' must be " + what + ", not '" + value + "'");
        }
    }

    private static List<String> list(String value) {
        return list(value, ",");
    }

    /** Items split where {@code separators} (a regex) match, blanks dropped. */
    private static List<String> list(String value, String separators) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separators)).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A commented {@code retort.properties} listing every key, for {@code retort init}. */
    public static String template() {
        StringBuilder text = new StringBuilder("""
                # Retort configuration. Relative paths are resolved against this file's folder.
                # Every key can be overridden by an environment variable, e.g. RETORT_URL or RETORT_PASSWORD,
                # and values may use ${ENV_VAR} or ${ENV_VAR:-default}. Hibernate's own settings (hibernate.*,
                # jakarta.persistence.*) may be added as your application sets them, e.g.
                # hibernate.type.preferred_uuid_jdbc_type=CHAR

                """);
        for (ConfigKey key : ConfigKey.values()) {
            text.append("# ").append(key.description()).append('\n');
            String example = switch (key) {
                case URL -> "jdbc:h2:./target/retort-db";
                case USER -> "sa";
                case MIGRATIONS_DIR -> "migrations";
                case MIGRATIONS_PACKAGE -> "migrations";
                default -> null;
            };
            text.append(example == null ? "#" + key.key() + "=" : key.key() + "=" + example).append("\n\n");
        }
        return text.toString();
    }
}
