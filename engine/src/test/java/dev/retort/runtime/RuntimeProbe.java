package dev.retort.runtime;

import dev.retort.Retort;
import dev.retort.dialect.DatabaseKind;
import java.nio.file.Path;

/**
 * An application that only applies revisions, run in a JVM of its own by {@link HibernateFreeRuntimeTest}:
 * prints each database's script for the revisions in {@code args[1]}, then upgrades the H2 database
 * at {@code args[0]} to head. It refers to nothing but the runtime.
 */
public final class RuntimeProbe {

    private RuntimeProbe() {}

    public static void main(String[] args) {
        Path migrations = Path.of(args[1]);
        for (DatabaseKind kind : DatabaseKind.values()) {
            System.out.println("-- " + kind.configName());
            System.out.println(Retort.configure().dialect(kind.configName()).migrationsDir(migrations).migrationsPackage("probe")
                    .load().upgradeSql("head"));
        }
        Retort.configure().url(args[0]).user("sa").migrationsDir(migrations).migrationsPackage("probe").load().upgrade("head");
        System.out.println("-- upgraded");
    }
}
