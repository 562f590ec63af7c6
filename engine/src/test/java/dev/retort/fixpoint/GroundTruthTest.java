package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autogen.Autogen;
import dev.retort.ops.Operation;
import dev.retort.compile.ClassPaths;
import dev.retort.compile.JavaSources;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.CompiledClasses;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ground truth: for the 25-entity model, the schema Retort's {@code upgrade head} builds equals,
 * object for object, the one Hibernate's own schema creation builds in a second empty database
 * (tables, columns and types, keys, indexes, checks, sequences, comments), compared with the
 * test's own catalog queries. Only names the databases or Hibernate generate are left out.
 */
abstract class GroundTruthTest {

    private static final Path FIXTURES = Path.of("src", "test", "fixtures").toAbsolutePath();
    private static final Model SHOP = new Model(FIXTURES.resolve("shop"), "dev.retort.fixture.shop", List.of());
    private static final Model SHARED = new Model(FIXTURES.resolve("shared"), "dev.retort.fixture.shared", List.of());
    private static final Model TYPED = new Model(FIXTURES.resolve("typed"), "dev.retort.fixture.typed", List.of());
    private static final Model WRAPPERS = new Model(FIXTURES.resolve("wrappers"), "dev.retort.fixture.wrappers", List.of());
    private static final Model VALIDATED = new Model(FIXTURES.resolve("validated"), "dev.retort.fixture.validated", List.of());

    @TempDir
    Path work;

    abstract TestDatabase kind();

    /** Entity sources, their package, and what else is on the application's class path. */
    record Model(Path sources, String packageName, List<Path> classpath) {
        /** The same entities in an application that has hibernate-validator (and an EL implementation, as Spring Boot brings). */
        Model withBeanValidationProvider() throws IOException {
            try (Stream<Path> jars = Files.list(Path.of("target", "bean-validation").toAbsolutePath())) {
                List<Path> provider = jars.sorted().toList();
                assertThat(provider).as("target/bean-validation, filled by the build").isNotEmpty();
                return new Model(sources, packageName, provider);
            }
        }
    }

    @Test
    void retortBuildsWhatHibernateBuilds() throws Exception {
        assertSameSchema(SHOP, Map.of());
    }

    /** Arrays of numbers and strings, and JSON documents, as Hibernate 7 maps them on each database. */
    @Test
    void arraysAndJsonAreBuiltAsHibernateBuildsThem() throws Exception {
        assertSameSchema(TYPED, Map.of());
    }

    /** Two entities on one table (an owner and a read-only projection): one table holding the columns of both, as Hibernate makes it. */
    @Test
    void entitiesSharingATableMakeOneTableAsHibernateDoes() throws Exception {
        List<String> schema = assertSameSchema(SHARED, Map.of());
        assertThat(schema.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("column | account | ")))
                .extracting(line -> line.split(" \\| ")[2].toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrder("id", "holder", "balance", "branch", "region");
    }

    /**
     * With a Bean Validation provider on the application's class path, Hibernate makes
     * {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty} columns NOT NULL (not in a single-table
     * subclass, nor for a group the DDL does not validate) and takes lengths, digits and checks from
     * {@code @Size}, {@code @Digits}, {@code @Min}/{@code @Max}; Retort's target is the same.
     */
    @Test
    void withABeanValidationProviderRetortBuildsWhatHibernateBuilds() throws Exception {
        List<String> schema = assertSameSchema(VALIDATED.withBeanValidationProvider(), Map.of());
        assertThat(nullable(schema, "owner", "lastname")).isFalse();
        assertThat(nullable(schema, "owner", "city")).isFalse();
        assertThat(nullable(schema, "owner", "street")).isFalse();
        assertThat(nullable(schema, "owner", "onlyinagroup")).isTrue();
        assertThat(nullable(schema, "pet", "name")).isFalse();
        assertThat(nullable(schema, "pet", "breed")).isTrue();
        assertThat(schema).anyMatch(line -> line.toLowerCase(Locale.ROOT).matches("column \\| owner \\| firstname \\| [^|]+ \\| 80 \\|.*"));
    }

    /** Without a provider, or with {@code jakarta.persistence.validation.mode=none}, the constraints stay out of the schema. */
    @Test
    void withoutAProviderOrWithValidationModeNoneTheConstraintsStayOut() throws Exception {
        List<String> schema = assertSameSchema(VALIDATED, Map.of());
        assertThat(nullable(schema, "owner", "city")).isTrue();
        assertThat(assertSameSchema(VALIDATED.withBeanValidationProvider(), Map.of("jakarta.persistence.validation.mode", "none")))
                .containsExactlyElementsOf(schema);
    }

    /**
     * Hibernate's type settings shape the application's schema (UUIDs as char, instants as plain
     * timestamps, zones normalised to UTC, one sequence for all); with them in Retort's
     * configuration, the target is that schema, and it is not the default one.
     */
    @Test
    void hibernatesTypeSettingsShapeTheTargetAsTheyShapeTheApplicationsSchema() throws Exception {
        List<String> configured = assertSameSchema(SHOP, Map.of(
                "hibernate.type.preferred_uuid_jdbc_type", "CHAR",
                "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
                "hibernate.timezone.default_storage", "NORMALIZE_UTC",
                "hibernate.id.db_structure_naming_strategy", "single")); // one hibernate_sequence for every generator
        assertThat(configured).isNotEqualTo(assertSameSchema(SHOP, Map.of()));
    }

    /**
     * {@code Byte[]} and {@code Character[]}: Hibernate 7 refuses them unless
     * {@code hibernate.type.wrapper_array_handling} says how to store them (LEGACY: as bytes and
     * characters, ALLOW: as arrays); Retort refuses or builds exactly as the application's Hibernate.
     */
    @ParameterizedTest(name = "wrapper_array_handling={0}")
    @ValueSource(strings = {"legacy", "allow"})
    void wrapperArraysAreMappedAsHibernatesSettingSays(String handling) throws Exception {
        assertSameSchema(WRAPPERS, Map.of("hibernate.type.wrapper_array_handling", handling));
    }

    @Test
    void wrapperArraysAreRefusedAsHibernateRefusesThemByDefault() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages(WRAPPERS.packageName()).entitySources(WRAPPERS.sources())
                    .migrationsDir(Files.createTempDirectory(work, "migrations")).migrationsPackage("wrappers")
                    .load();
            RetortException thrown = catchThrowableOfType(RetortException.class, () -> Autogen.of(retort).autogen("wrappers"));
            assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
            assertThat(thrown).hasMessageContaining("Byte[]/Character[]").hasMessageContaining("hibernate.type.wrapper_array_handling");
        }
    }

    /** {@code ddl} asks for Bean Validation: without a provider, Hibernate refuses to start, and Retort to scan. */
    @Test
    void validationModeDdlWithoutAProviderIsBadInput() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages(VALIDATED.packageName()).entitySources(VALIDATED.sources())
                    .migrationsDir(Files.createTempDirectory(work, "migrations")).migrationsPackage("truth")
                    .hibernateSetting("jakarta.persistence.validation.mode", "ddl")
                    .load();
            RetortException thrown = catchThrowableOfType(RetortException.class, Autogen.of(retort)::check);
            assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
            assertThat(thrown).hasMessageContaining("no provider").hasMessageContaining("entities.classpath");
        }
    }

    /**
     * A persistence unit of the project's persistence.xml, read as the application's Hibernate reads
     * it through JPA's bootstrap: its listed classes only, its orm.xml mapping, its naming strategy and
     * validation mode (with a provider there, NONE keeps {@code @NotNull} out), not its connection or
     * dialect, and not another unit's classes.
     */
    @Test
    void aPersistenceUnitIsReadAsTheApplicationsHibernateReadsIt() throws Exception {
        Path unitSources = FIXTURES.resolve("unit");
        Path classes = CompiledClasses.compile(work, "unit", List.of(ClassPaths.of(jakarta.validation.Valid.class).get(0)),
                "app/PurchaseOrder.java", Files.readString(unitSources.resolve("app/PurchaseOrder.java")),
                "app/LineItem.java", Files.readString(unitSources.resolve("app/LineItem.java")),
                "app/Unlisted.java", Files.readString(unitSources.resolve("app/Unlisted.java")));
        Files.createDirectories(classes.resolve("META-INF"));
        for (String file : List.of("persistence.xml", "line-items.xml")) {
            Files.copy(unitSources.resolve("META-INF").resolve(file), classes.resolve("META-INF").resolve(file));
        }
        List<Path> classpath = new ArrayList<>(List.of(classes));
        classpath.addAll(VALIDATED.withBeanValidationProvider().classpath());

        try (TestDatabase.Fresh ours = kind().create(); TestDatabase.Fresh hibernates = kind().create()) {
            Retort.Configuration configuration = Retort.configure()
                    .url(ours.url()).user(ours.user()).password(ours.password())
                    .entityClasspath(classpath.toArray(Path[]::new))
                    .migrationsDir(Files.createTempDirectory(work, "migrations")).migrationsPackage("unit");
            RetortException several = catchThrowableOfType(RetortException.class, () -> Autogen.of(configuration.load()).check());
            assertThat(several).hasMessageContaining("several persistence units (orders, reports): set persistence.unit");

            Retort retort = configuration.persistenceUnit("orders").load();
            Autogen.of(retort).autogen("initial");
            retort.upgrade("head");
            assertThat(Autogen.of(retort).check().plan().operations()).isEmpty();

            createFromPersistenceUnit(hibernates, "orders", classpath);
            List<String> schema = withoutGeneratedNames(CatalogSnapshot.of(ours));
            assertThat(schema).containsExactlyElementsOf(withoutGeneratedNames(CatalogSnapshot.of(hibernates)));
            assertThat(schema.stream().filter(line -> line.startsWith("table | ")).map(line -> line.toLowerCase(Locale.ROOT)))
                    .containsExactlyInAnyOrder("table | purchase_order | -", "table | line_item | -");
            assertThat(nullable(schema, "purchase_order", "placed_by")).isTrue();
            assertThat(nullable(schema, "line_item", "product_code")).isFalse();
        }
        // a unit that does not exclude unlisted classes maps only those it lists all the same (Hibernate 7 looks for
        // others only with its optional hibernate-scan-jandex)
        try (TestDatabase.Fresh ours = kind().create(); TestDatabase.Fresh hibernates = kind().create()) {
            Retort retort = Retort.configure()
                    .url(ours.url()).user(ours.user()).password(ours.password())
                    .entityClasspath(classpath.toArray(Path[]::new)).persistenceUnit("reports")
                    .migrationsDir(Files.createTempDirectory(work, "migrations")).migrationsPackage("reports")
                    .load();
            Autogen.of(retort).autogen("initial");
            retort.upgrade("head");
            createFromPersistenceUnit(hibernates, "reports", classpath);
            List<String> schema = withoutGeneratedNames(CatalogSnapshot.of(ours));
            assertThat(schema).containsExactlyElementsOf(withoutGeneratedNames(CatalogSnapshot.of(hibernates)));
            assertThat(schema.stream().filter(line -> line.startsWith("table | ")).map(line -> line.toLowerCase(Locale.ROOT)))
                    .containsExactly("table | unlisted | -");
        }
    }

    /** What JPA's own bootstrap of the unit creates, with the test database instead of the unit's. */
    private static void createFromPersistenceUnit(TestDatabase.Fresh database, String unit, List<Path> classpath) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            urls.add(entry.toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), GroundTruthTest.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            Map<String, Object> properties = new HashMap<>(Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.user", database.user(),
                    "jakarta.persistence.jdbc.password", database.password(),
                    "jakarta.persistence.schema-generation.database.action", "create",
                    "hibernate.query.mutation_strategy.global_temporary.create_tables", "false",
                    "hibernate.query.insert_strategy.global_temporary.create_tables", "false"));
            properties.put("hibernate.dialect", switch (database.kind()) { // the unit names H2's, which Retort ignores
                case H2 -> "org.hibernate.dialect.H2Dialect";
                case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
                case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
            });
            try (EntityManagerFactory ignored = Persistence.createEntityManagerFactory(unit, properties)) {
                // creating it created the schema
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Retort's {@code upgrade head} and Hibernate's own schema creation, each in an empty database, give one catalog. */
    private List<String> assertSameSchema(Model model, Map<String, String> settings) throws Exception {
        try (TestDatabase.Fresh ours = kind().create(); TestDatabase.Fresh hibernates = kind().create()) {
            Path migrations = Files.createTempDirectory(work, "migrations");
            Retort.Configuration configuration = Retort.configure()
                    .url(ours.url()).user(ours.user()).password(ours.password())
                    .entityPackages(model.packageName()).entitySources(model.sources())
                    .entityClasspath(model.classpath().toArray(Path[]::new))
                    .migrationsDir(migrations).migrationsPackage("truth");
            settings.forEach(configuration::hibernateSetting);
            Retort retort = configuration.load();
            Autogen.of(retort).autogen("initial");
            retort.upgrade("head");
            List<Operation> drift = Autogen.of(retort).check().plan().operations();
            assertThat(drift).as("fixpoint: " + String.join("\n", drift.stream().map(Operation::describe).toList())).isEmpty();

            createWithHibernate(hibernates, model, settings);

            List<String> schema = withoutGeneratedNames(CatalogSnapshot.of(ours));
            assertThat(schema).containsExactlyElementsOf(withoutGeneratedNames(CatalogSnapshot.of(hibernates)));
            return schema;
        }
    }

    /** Whether the snapshot's line for {@code table.column} says it is nullable. */
    private static boolean nullable(List<String> snapshot, String table, String column) {
        String prefix = "column | " + table + " | " + column + " | ";
        String line = snapshot.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column + " in " + snapshot));
        return line.split(" \\| ")[8].equalsIgnoreCase("yes"); // after type, length, precision, scale, fractional digits
    }

    /**
     * A database Hibernate created with Spring Boot's naming ({@code created_at} for {@code createdAt})
     * is exactly the entities when Retort reads them with {@code naming.strategy=snake_case}, and
     * differs from them without it.
     */
    @Test
    void aDatabaseCreatedWithSpringsNamingGivesNoDiff() throws Exception {
        try (TestDatabase.Fresh spring = kind().create()) {
            createWithHibernate(spring, SHOP, Map.of("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
            Files.createDirectories(work.resolve("migrations"));
            Retort.Configuration configuration = Retort.configure()
                    .url(spring.url()).user(spring.user()).password(spring.password())
                    .entityPackages(SHOP.packageName()).entitySources(SHOP.sources())
                    .migrationsDir(work.resolve("migrations")).migrationsPackage("truth");

            Autogen.AutogenResult withNaming = Autogen.of(configuration.namingStrategy("snake_case").load()).autogen("spring");
            assertThat(withNaming.plan().operations()).as(String.join("\n",
                    withNaming.plan().operations().stream().map(Operation::describe).toList())).isEmpty();
            assertThat(withNaming.file()).isNull();

            Autogen.AutogenResult withoutNaming = Autogen.of(configuration.namingStrategy("default").load()).autogen("default naming");
            assertThat(withoutNaming.plan().operations()).isNotEmpty();
        }
    }

    /** Hibernate's {@code hbm2ddl.auto=create} on the same classes, with the model's class path and the given settings. */
    private void createWithHibernate(TestDatabase.Fresh database, Model model, Map<String, String> settings) throws Exception {
        List<Path> files = JavaSources.sourceFiles(List.of(model.sources()));
        Path classes = new JavaSources(work.resolve("cache")).compile(model.packageName(), files,
                ClassPaths.of(jakarta.persistence.Entity.class, org.hibernate.annotations.OnDelete.class, jakarta.validation.Valid.class));
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Path entry : model.classpath()) {
            urls.add(entry.toUri().toURL());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            Configuration configuration = new Configuration()
                    .setProperty("hibernate.connection.url", database.url())
                    .setProperty("hibernate.connection.username", database.user())
                    .setProperty("hibernate.connection.password", database.password())
                    .setProperty("hibernate.hbm2ddl.auto", "create")
                    // the temporary tables Hibernate keeps for bulk mutations are not part of the mapped schema
                    .setProperty("hibernate.query.mutation_strategy.global_temporary.create_tables", "false")
                    .setProperty("hibernate.query.insert_strategy.global_temporary.create_tables", "false");
            settings.forEach(configuration::setProperty);
            for (Path file : files) {
                String name = model.packageName() + "." + file.getFileName().toString().replace(".java", "");
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
