package dev.retort.runtime;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import java.nio.file.Path;

/**
 * An application on Hibernate 6.6 that autogenerates from its own entities, run in a JVM of its own
 * by {@link Hibernate66ApplicationTest}: no entity class path is set, so Retort finds the entities
 * (package {@code app}) on the application's class path. Prints the Hibernate the application has,
 * then the revision written and whether the entities still drift from the upgraded database
 * ({@code args[0]}, revisions in {@code args[1]}).
 */
public final class AutogenProbe {

    private AutogenProbe() {}

    public static void main(String[] args) throws ClassNotFoundException {
        System.out.println("application hibernate " + Class.forName("org.hibernate.Version").getPackage().getImplementationVersion());
        Retort retort = Retort.configure().url(args[0]).user("sa").entityPackages("app").migrationsDir(Path.of(args[1]))
                .migrationsPackage("app.migrations").load();
        System.out.println("wrote " + Autogen.of(retort).autogen("things").file().getFileName());
        retort.upgrade("head");
        System.out.println("drift " + Autogen.of(retort).check().drift());
    }
}
