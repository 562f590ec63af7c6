package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.compile.ClassPaths;
import dev.retort.compile.JavaSources;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ground truth: for the 25-entity model, the schema Retort's {@code upgrade head} builds equals,
 * object for object, the one Hibernate's own schema creation builds in a second empty database
 * (tables, columns and types, keys, indexes, checks, sequences, comments), compared with the
 * test's own catalog queries. Only names the databases or Hibernate generate are left out.
 */
abstract class GroundTruthTest {

    private static final Path SHOP = Path.of("src", "test", "fixtures", "shop").toAbsolutePath();

    @TempDir
    Path work;

    abstract TestDatabase kind();

    @Test
    void retortBuildsWhatHibernateBuilds() throws Exception {
        try (TestDatabase.Fresh ours = kind().create(); TestDatabase.Fresh hibernates = kind().create()) {
            Files.createDirectories(work.resolve("migrations"));
            Retort retort = Retort.configure()
                    .url(ours.url()).user(ours.user()).password(ours.password())
                    .entityPackages("dev.retort.fixture.shop").entitySources(SHOP)
                    .migrationsDir(work.resolve("migrations")).migrationsPackage("truth")
                    .load();
            retort.autogen("initial");
            retort.upgrade("head");

            createWithHibernate(hibernates);

            assertThat(withoutGeneratedNames(CatalogSnapshot.of(ours)))
                    .containsExactlyElementsOf(withoutGeneratedNames(CatalogSnapshot.of(hibernates)));
        }
    }

    /**
     * A database Hibernate created with Spring Boot's naming ({@code created_at} for {@code createdAt})
     * is exactly the entities when Retort reads them with {@code naming.strategy=snake_case}, and
     * differs from them without it.
     */
    @Test
    void aDatabaseCreatedWithSpringsNamingGivesNoDiff() throws Exception {
        try (TestDatabase.Fresh spring = kind().create()) {
            createWithHibernate(spring, "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
            Files.createDirectories(work.resolve("migrations"));
            Retort.Configuration configuration = Retort.configure()
                    .url(spring.url()).user(spring.user()).password(spring.password())
                    .entityPackages("dev.retort.fixture.shop").entitySources(SHOP)
                    .migrationsDir(work.resolve("migrations")).migrationsPackage("truth");

            Retort.AutogenResult withNaming = configuration.namingStrategy("snake_case").load().autogen("spring");
            assertThat(withNaming.plan().operations()).as(String.join("\n",
                    withNaming.plan().operations().stream().map(dev.retort.ops.Operation::describe).toList())).isEmpty();
            assertThat(withNaming.file()).isNull();

            Retort.AutogenResult withoutNaming = configuration.namingStrategy("default").load().autogen("default naming");
            assertThat(withoutNaming.plan().operations()).isNotEmpty();
        }
    }

    private void createWithHibernate(TestDatabase.Fresh database) throws Exception {
        createWithHibernate(database, null);
    }

    /** Hibernate's {@code hbm2ddl.auto=create} on the same classes. */
    private void createWithHibernate(TestDatabase.Fresh database, String physicalNaming) throws Exception {
        List<Path> files = JavaSources.sourceFiles(List.of(SHOP));
        Path classes = new JavaSources(work.resolve("cache")).compile("shop", files,
                ClassPaths.of(jakarta.persistence.Entity.class, org.hibernate.annotations.OnDelete.class));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            Configuration configuration = new Configuration()
                    .setProperty("hibernate.connection.url", database.url())
                    .setProperty("hibernate.connection.username", database.user())
                    .setProperty("hibernate.connection.password", database.password())
                    .setProperty("hibernate.hbm2ddl.auto", "create")
                    // the temporary tables Hibernate keeps for bulk mutations are not part of the mapped schema
                    .setProperty("hibernate.query.mutation_strategy.global_temporary.create_tables", "false")
                    .setProperty("hibernate.query.insert_strategy.global_temporary.create_tables", "false");
            if (physicalNaming != null) {
                configuration.setProperty("hibernate.physical_naming_strategy", physicalNaming);
            }
            for (Path file : files) {
                String name = "dev.retort.fixture.shop." + file.getFileName().toString().replace(".java", "");
                Class<?> type = loader.loadClass(name);
                if (type.isAnnotationPresent(jakarta.persistence.Entity.class)
                        || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                        || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)) {
                    configuration.addAnnotatedClass(type);
                }
            }
            try (SessionFactory ignored = configuration.buildSessionFactory()) {
                // building it created the schema
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Unique constraints nobody named are named differently: by the database where Hibernate
     * declares them inline (H2, PostgreSQL), by a hash where it names them (MariaDB), and
     * {@code uk_<table>_<column>} by Retort. So are the unique indexes behind them.
     */
    private static List<String> withoutGeneratedNames(List<String> snapshot) {
        return snapshot.stream()
                .map(line -> line.startsWith("constraint | ") && line.contains(" | unique | ")
                        ? line.replaceFirst(" \\| unique \\| [^|]+ \\| ", " | unique | * | ")
                        : line)
                .map(line -> line.startsWith("index | ") && line.contains("create unique index") // PostgreSQL
                        ? line.replaceFirst("^(index \\| [^|]+ \\| )[^|]+( \\| create unique index )\\S+", "$1*$2*")
                        : line)
                .map(line -> line.matches("index \\| [^|]+ \\| [^|]+ \\| 0 \\| .*") // MariaDB: non_unique = 0
                        ? line.replaceFirst("^(index \\| [^|]+ \\| )[^|]+ \\|", "$1* |")
                        : line)
                .sorted()
                .toList();
    }
}
