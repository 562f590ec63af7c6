package dev.retort.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code retort.*} in an application's properties.
 *
 * @param enabled           whether revisions are applied at start-up
 * @param target            what to upgrade to: {@code head}, {@code heads}, a revision
 * @param migrationsPackage the package of the application's compiled revision classes
 * @param strict            refuse to start when an applied revision's file changed since it ran
 * @param lockTimeout       how long to wait for another instance's deployment lock
 * @param schema            the schema to manage; by default the connection's own
 */
@ConfigurationProperties("retort")
public record RetortProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("head") String target,
        @DefaultValue("db.migrations") String migrationsPackage,
        boolean strict,
        @DefaultValue("60s") Duration lockTimeout,
        String schema) {
}
