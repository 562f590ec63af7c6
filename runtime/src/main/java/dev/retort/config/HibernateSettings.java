package dev.retort.config;

import dev.retort.RetortException;
import java.util.Map;
import java.util.Optional;

/**
 * Hibernate's own settings ({@code hibernate.*}, {@code jakarta.persistence.*}, {@code javax.persistence.*})
 * as an application sets them, passed to the metadata build so the target is what the application's
 * Hibernate creates: type preferences ({@code hibernate.type.preferred_uuid_jdbc_type}), time zone
 * storage, naming strategies, Bean Validation's mode, {@code hibernate.default_schema}. The few
 * settings Retort decides itself (dialect, connection, the database's version) are refused here and
 * ignored in a persistence.xml.
 */
public final class HibernateSettings {

    private static final Map<String, String> RETORT_KEYS = Map.ofEntries(
            Map.entry("hibernate.dialect", "dialect"),
            Map.entry("hibernate.connection.url", "url"),
            Map.entry("hibernate.connection.username", "user"),
            Map.entry("hibernate.connection.user", "user"),
            Map.entry("hibernate.connection.password", "password"),
            Map.entry("jakarta.persistence.jdbc.url", "url"),
            Map.entry("jakarta.persistence.jdbc.user", "user"),
            Map.entry("jakarta.persistence.jdbc.password", "password"),
            Map.entry("javax.persistence.jdbc.url", "url"),
            Map.entry("javax.persistence.jdbc.user", "user"),
            Map.entry("javax.persistence.jdbc.password", "password"));

    /** The schema a Hibernate application puts its unqualified tables in. */
    public static final String DEFAULT_SCHEMA = "hibernate.default_schema";

    /** On MySQL-family databases Hibernate calls the database a catalog. */
    public static final String DEFAULT_CATALOG = "hibernate.default_catalog";

    private HibernateSettings() {}

    public static boolean isHibernateSetting(String key) {
        return key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.") || key.startsWith("javax.persistence.");
    }

    /** Why Retort decides a setting itself, if {@code key} is one: the Retort key to set instead, or where the value comes from. */
    public static Optional<String> decidedByRetort(String key) {
        if (RETORT_KEYS.containsKey(key)) {
            String retortKey = RETORT_KEYS.get(key);
            return Optional.of("set '" + retortKey + "' instead"
                    + ("dialect".equals(retortKey) ? " (or nothing: Retort takes Hibernate's dialect from the database it connects to)" : ""));
        }
        if (key.startsWith("jakarta.persistence.database-") || key.startsWith("javax.persistence.database-")) {
            return Optional.of("the database's product and version come from the connection");
        }
        return Optional.empty();
    }

    /** Refuses a setting Retort decides itself, written where Retort's own key belongs. */
    static void refuseOwned(String key, String where) {
        decidedByRetort(key).ifPresent(why -> {
            throw RetortException.badInput(where + ": '" + key + "' is decided by Retort: " + why);
        });
    }
}
