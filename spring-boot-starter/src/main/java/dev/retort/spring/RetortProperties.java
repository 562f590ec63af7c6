package dev.retort.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code retort.*} in an application's properties. */
@ConfigurationProperties("retort")
public class RetortProperties {

    /** Whether revisions are applied at start-up. */
    private boolean enabled = true;

    /** What to upgrade to: {@code head}, {@code heads}, a revision. */
    private String target = "head";

    /** The package of the application's compiled revision classes. */
    private String migrationsPackage = "db.migrations";

    /** Refuse to start when an applied revision's file changed since it ran. */
    private boolean strict;

    /** How long to wait for another instance's deployment lock. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /** The schema to manage; by default the connection's own. */
    private String schema;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }
}
