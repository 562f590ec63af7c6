package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.RetortException;
import dev.retort.dialect.DatabaseKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

    private static final String SECRET = "s3cr3t-Pa55w0rd";

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve(ConfigLoader.FILE_NAME), List.of(lines));
    }

    private static RetortConfig load(Path file) {
        return load(file, Map.of(), Map.of());
    }

    private static RetortConfig load(Path file, Map<String, String> environment, Map<ConfigKey, String> overrides) {
        return new ConfigLoader(environment).load(file, overrides, Map.of());
    }

    /** The exception's message, after checking it is a {@link RetortException} of kind BAD_INPUT. */
    private static String badInput(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(RetortException.class);
        assertThat(((RetortException) thrown).kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
        return thrown.getMessage();
    }

    private Path inDir(String relative) {
        return dir.toAbsolutePath().resolve(relative).normalize();
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource({
            "entity.packages, entities.packages",
            "migration.dir, migrations.dir",
            "pasword, password",
            "dialekt, dialect",
            "migrations.pakage, migrations.package",
    })
    void unknownKeySuggestsTheNearestKnownKey(String typo, String suggestion) throws IOException {
        Path file = file("url=jdbc:h2:mem:x", typo + "=value");

        assertThat(badInput(() -> load(file)))
                .contains("unknown key '" + typo + "'", "did you mean '" + suggestion + "'");
    }

    /** Hibernate's own settings, as an application sets them, go to the entity scan; ${VAR} works in them too. */
    @Test
    void hibernateSettingsArePassedOn() throws IOException {
        Path file = file("url=jdbc:h2:mem:x",
                "hibernate.type.preferred_uuid_jdbc_type=CHAR",
                "jakarta.persistence.validation.mode=${MODE}",
                "hibernate.timezone.default_storage=NORMALIZE");

        RetortConfig config = load(file, Map.of("MODE", "ddl"), Map.of());

        assertThat(config.hibernateSettings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.type.preferred_uuid_jdbc_type", "CHAR",
                "jakarta.persistence.validation.mode", "ddl",
                "hibernate.timezone.default_storage", "NORMALIZE"));
    }

    @ParameterizedTest(name = "{0} is Retort''s {1}")
    @CsvSource({
            "hibernate.dialect, dialect",
            "hibernate.connection.url, url",
            "jakarta.persistence.jdbc.user, user",
            "jakarta.persistence.jdbc.password, password",
    })
    void hibernateSettingsRetortDecidesNameRetortsKey(String setting, String retortKey) throws IOException {
        Path file = file("url=jdbc:h2:mem:x", setting + "=anything");

        assertThat(badInput(() -> load(file))).contains("'" + setting + "'", "set '" + retortKey + "'").doesNotContain("anything");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"com.example.my-migrations", "2024.migrations", "app.class", "app..migrations"})
    void aMigrationsPackageJavacWouldRefuseIsRefusedWhenRead(String name) throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "migrations.package=" + name);

        assertThat(badInput(() -> load(file))).contains("'migrations.package' is '" + name + "', which is not a Java package name");
    }

    /** The live database tells its version; an application's stated one would build Hibernate's dialect for another. */
    @Test
    void theDatabasesVersionIsNotASetting() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "jakarta.persistence.database-major-version=8");

        assertThat(badInput(() -> load(file))).contains("'jakarta.persistence.database-major-version' is decided by Retort",
                "come from the connection");
    }

    /** An application's tables live in hibernate.default_schema: that is the schema Retort manages, unless it says another. */
    @Test
    void hibernatesDefaultSchemaIsTheManagedSchema() throws IOException {
        assertThat(load(file("url=jdbc:h2:mem:x", "hibernate.default_schema=app")).schema()).isEqualTo("app");
        assertThat(load(file("url=jdbc:mariadb://db/x", "hibernate.default_catalog=shop")).schema()).isEqualTo("shop");
        assertThat(load(file("url=jdbc:h2:mem:x", "hibernate.default_catalog=shop")).schema()).as("a catalog is a schema only on MySQL-family databases")
                .isNull();
        assertThat(load(file("url=jdbc:h2:mem:x", "schema=app", "hibernate.default_schema=app")).schema()).isEqualTo("app");
        assertThat(load(file("url=jdbc:h2:mem:x", "schema=PUBLIC", "hibernate.default_schema=public")).schema()).isEqualTo("PUBLIC");

        Path contradicting = file("url=jdbc:h2:mem:x", "schema=app", "hibernate.default_schema=other");
        assertThat(badInput(() -> load(contradicting))).contains("'schema' is app", "hibernate.default_schema is other");
    }

    @Test
    void missingFileSuggestsRetortInit() {
        Path missing = dir.resolve("nowhere").resolve(ConfigLoader.FILE_NAME);

        assertThat(badInput(() -> load(missing))).contains(missing.toString(), "retort init");
    }

    @Test
    void expandsVariablesFromTheEnvironment() throws IOException {
        Path file = file(
                "url=jdbc:h2:mem:${DB_NAME}",
                "user=${DB_USER:-nobody}",
                "password=${DB_PASSWORD:-changeme}",
                "schema=${SCHEMA_PREFIX}_${SCHEMA_SUFFIX}");
        Map<String, String> environment = Map.of("DB_NAME", "app", "DB_USER", "alice", "SCHEMA_PREFIX", "sales",
                "SCHEMA_SUFFIX", "v2");

        RetortConfig config = load(file, environment, Map.of());

        assertThat(config.url()).isEqualTo("jdbc:h2:mem:app");
        assertThat(config.user()).as("a set variable wins over its default").isEqualTo("alice");
        assertThat(config.password()).as("an unset variable falls back to its default").isEqualTo("changeme");
        assertThat(config.schema()).isEqualTo("sales_v2");
    }

    @Test
    void anEmptyVariableFallsBackToItsDefaultAsInTheShell() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "user=${DB_USER:-nobody}");

        assertThat(load(file, Map.of("DB_USER", ""), Map.of()).user()).isEqualTo("nobody");
    }

    @Test
    void expandedValueIsTakenLiterally() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "password=${DB_PASSWORD}");

        RetortConfig config = load(file, Map.of("DB_PASSWORD", "a$1\\b${X}"), Map.of());

        assertThat(config.password()).isEqualTo("a$1\\b${X}");
    }

    @Test
    void missingVariableNamesTheKeyAndTheVariable() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "password=${DB_PASSWORD}");

        assertThat(badInput(() -> load(file))).contains("'password'", "DB_PASSWORD");
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        Path file = file("url=jdbc:h2:mem:from_file", "user=file_user");

        RetortConfig config = load(file, Map.of("RETORT_URL", "jdbc:h2:mem:from_env"), Map.of());

        assertThat(config.url()).isEqualTo("jdbc:h2:mem:from_env");
        assertThat(config.user()).isEqualTo("file_user");
    }

    @Test
    void environmentVariableNamesFollowTheKeys() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "entities.packages=com.file");

        RetortConfig config = load(file, Map.of("RETORT_ENTITIES_PACKAGES", "com.env.a, com.env.b"), Map.of());

        assertThat(ConfigKey.ENTITIES_PACKAGES.environmentVariable()).isEqualTo("RETORT_ENTITIES_PACKAGES");
        assertThat(config.entityPackages()).containsExactly("com.env.a", "com.env.b");
    }

    @Test
    void emptyEnvironmentVariableDoesNotOverrideTheFile() throws IOException {
        Path file = file("url=jdbc:h2:mem:from_file");

        RetortConfig config = load(file, Map.of("RETORT_URL", ""), Map.of());

        assertThat(config.url()).isEqualTo("jdbc:h2:mem:from_file");
    }

    @Test
    void explicitOverridesWinOverTheEnvironment() throws IOException {
        Path file = file("url=jdbc:h2:mem:from_file");

        RetortConfig config = load(file, Map.of("RETORT_URL", "jdbc:h2:mem:from_env"),
                Map.of(ConfigKey.URL, "jdbc:h2:mem:from_flag"));

        assertThat(config.url()).isEqualTo("jdbc:h2:mem:from_flag");
    }

    @Test
    void relativePathsResolveAgainstTheConfigFolder() throws IOException {
        Path absolute = dir.resolve("elsewhere").toAbsolutePath();
        Path file = file(
                "url=jdbc:h2:mem:x",
                "entities.sources=src/main/java, ../shared/src/, " + absolute,
                "entities.classpath=lib/model.jar,target/classes",
                "migrations.dir=./db/migrations");

        RetortConfig config = load(file);

        assertThat(config.baseDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(config.entitySources()).containsExactly(inDir("src/main/java"), inDir("../shared/src"), absolute);
        assertThat(config.entityClasspath()).containsExactly(inDir("lib/model.jar"), inDir("target/classes"));
        assertThat(config.migrationsDir()).isEqualTo(inDir("db/migrations"));
    }

    /** What {@code mvn dependency:build-classpath} prints (the platform's separator) is taken as it is, commas too. */
    @Test
    void aClassPathMayUseThePlatformsSeparator() throws IOException {
        String separator = java.io.File.pathSeparator;
        Path file = file("url=jdbc:h2:mem:x", "entities.classpath=target/classes" + separator + "/m2/a.jar" + separator + " lib/b.jar,lib/c.jar");

        assertThat(load(file).entityClasspath()).containsExactly(inDir("target/classes"), Path.of("/m2/a.jar"), inDir("lib/b.jar"), inDir("lib/c.jar"));
    }

    @Test
    void relativePathsFromOverridesResolveAgainstTheConfigFolderToo() throws IOException {
        Path file = file("url=jdbc:h2:mem:x");

        RetortConfig config = load(file, Map.of(), Map.of(ConfigKey.MIGRATIONS_DIR, "revisions"));

        assertThat(config.migrationsDir()).isEqualTo(inDir("revisions"));
    }

    @ParameterizedTest(name = "{0} becomes jdbc:h2:file:<config dir>/{1}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:./target/db | target/db | ''",
            "jdbc:h2:file:target/db | target/db | ''",
            "jdbc:h2:target/db | target/db | ''",
            "jdbc:h2:./data/app;MODE=PostgreSQL;AUTO_SERVER=TRUE | data/app | ;MODE=PostgreSQL;AUTO_SERVER=TRUE",
    })
    void relativeH2FileUrlBecomesAbsolute(String url, String relativePath, String options) throws IOException {
        RetortConfig config = load(file("url=" + url));

        assertThat(config.url()).isEqualTo("jdbc:h2:file:" + inDir(relativePath) + options);
    }

    @ParameterizedTest(name = "{0} stays as it is")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:mem:x",
            "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
            "jdbc:h2:tcp://localhost/~/test",
            "jdbc:h2:~/test",
            "jdbc:h2:/var/lib/app/db",
            "jdbc:postgresql://localhost:5432/app",
    })
    void otherUrlsAreKept(String url) throws IOException {
        assertThat(load(file("url=" + url)).url()).isEqualTo(url);
    }

    @Test
    void unknownDialectIsBadInput() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "dialect=postgres");

        assertThat(badInput(() -> load(file))).contains("unknown dialect 'postgres'", "postgresql");
    }

    @Test
    void knownDialectIsKept() throws IOException {
        assertThat(load(file("url=jdbc:h2:mem:x", "dialect=h2")).dialect()).isEqualTo("h2");
    }

    /** Offline SQL and lint do not connect: a version after a colon says which server they write for. */
    @Test
    void aDialectMayNameItsVersion() throws IOException {
        assertThat(load(file("url=jdbc:h2:mem:x", "dialect=mysql:8.0.20")).dialect()).isEqualTo("mysql:8.0.20");
        assertThat(DatabaseKind.dialectNamed("mysql:8.0.20").version()).isEqualTo("8.0.20");
        assertThat(DatabaseKind.dialectNamed("MariaDB").version()).isEqualTo(DatabaseKind.MARIADB.defaultVersion());
        assertThat(badInput(() -> load(file("url=jdbc:h2:mem:x", "dialect=mysql:eight")))).contains("unknown dialect 'mysql:eight'",
                "a version after a colon");
    }

    @Test
    void namingTablesAndRenamesAreRead() throws IOException {
        Path file = file("url=jdbc:h2:mem:x", "naming.strategy=snake_case", "naming.implicit=legacy-jpa",
                "tables.include=app_*, audit_*", "tables.exclude=spatial_ref_sys", "rename.hints=employee.job_title=position, old=new");
        Map<String, String> environment = Map.of(ConfigKey.TABLES_EXCLUDE.environmentVariable(), "tmp_*");

        RetortConfig config = load(file, environment, Map.of());

        assertThat(config.namingStrategy()).isEqualTo("snake_case");
        assertThat(config.implicitNamingStrategy()).isEqualTo("legacy-jpa");
        assertThat(config.tablesInclude()).containsExactly("app_*", "audit_*");
        assertThat(config.tablesExclude()).as("the environment overrides the file").containsExactly("tmp_*");
        assertThat(config.renameHints()).containsExactly("employee.job_title=position", "old=new");
    }

    @Test
    void toStringHidesThePassword() throws IOException {
        RetortConfig config = load(file("url=jdbc:h2:mem:x", "user=sa", "password=" + SECRET));

        assertThat(config.password()).isEqualTo(SECRET);
        assertThat(config.toString()).doesNotContain(SECRET).contains("user=sa");
    }

    @Test
    void toStringHidesAPasswordFromTheEnvironment() throws IOException {
        RetortConfig config = load(file("url=jdbc:h2:mem:x"), Map.of("RETORT_PASSWORD", SECRET), Map.of());

        assertThat(config.password()).isEqualTo(SECRET);
        assertThat(config.toString()).doesNotContain(SECRET);
    }

    @Test
    void toStringHidesAPasswordInsideTheUrl() throws IOException {
        RetortConfig config = load(file("url=jdbc:postgresql://localhost/app?user=app&password=" + SECRET));

        assertThat(config.toString()).doesNotContain(SECRET);
    }

    @Test
    void templateMentionsEveryKey() {
        String template = ConfigLoader.template();

        for (ConfigKey key : ConfigKey.values()) {
            assertThat(template).as("template line for %s", key).containsPattern("(?m)^#?" + key.key().replace(".", "\\.") + "=");
        }
    }

    @Test
    void templateLoadsAsIs() throws IOException {
        RetortConfig config = load(file(ConfigLoader.template()));

        assertThat(config.url()).isEqualTo("jdbc:h2:file:" + inDir("target/retort-db"));
        assertThat(config.user()).isEqualTo("sa");
        assertThat(config.password()).isNull();
        assertThat(config.migrationsDir()).isEqualTo(inDir("migrations"));
        assertThat(config.migrationsPackage()).isEqualTo("migrations");
        assertThat(config.entityPackages()).isEmpty();
    }
}
