package dev.retort.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting a schema Retort did not create, built by hand-written SQL with the types each database
 * has and Hibernate never makes (MariaDB {@code int unsigned} and {@code set}, H2
 * {@code varchar_ignorecase}, PostgreSQL {@code citext} and domains). Entities that name those types
 * in a {@code columnDefinition} find no drift; entities with plain Java types see a type change,
 * never a silent one; and a change of something else on such a column keeps its type.
 */
abstract class AdoptionTest {

    @TempDir
    Path work;

    abstract TestDatabase kind();

    /** The hand-written schema. */
    abstract List<String> schema();

    /** What the schema needs that is not a table or sequence (an extension, a domain), which a baseline does not create. */
    List<String> prerequisites() {
        return List.of();
    }

    /** The entities (package {@code adopted}) that describe {@link #schema()} exactly; {@code NAME_NULLABLE} stands for the name column's nullability. */
    abstract List<String> entities();

    /** The native column type whose spelling survives everything: table, column, and a SQL query for its catalog spelling. */
    abstract String nativeColumnSpellingQuery();

    /** The same entities with a plain Java type where the schema has a native one: what a new user would write. */
    abstract List<String> plainEntities();

    @Test
    void aHandWrittenSchemaIsAdoptedWithoutDriftAndKeepsItsTypes() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            execute(database, prerequisites());
            execute(database, schema());
            String before = nativeSpelling(database);

            write(entities(), "true");
            List<Operation> drift = Autogen.of(retort(database)).check().plan().operations();
            assertThat(drift).as(describe(drift)).isEmpty();

            write(plainEntities(), "true");
            List<Operation> plain = Autogen.of(retort(database)).check().plan().operations();
            assertThat(plain).as(describe(plain)).anySatisfy(operation -> assertThat(operation).isInstanceOfSatisfying(AlterColumn.class,
                    alter -> assertThat(alter.from().type().isNative()).as("a change from the native type is a type change").isTrue()));
            Retort plainRetort = retort(database); // and the change runs, keys between changed columns included, and reverses
            Autogen.of(plainRetort).autogen("plain types");
            plainRetort.upgrade("head");
            assertThat(Autogen.of(plainRetort).check().plan().operations()).isEmpty();
            plainRetort.downgrade("base");
            assertThat(withoutDisplayWidths(nativeSpelling(database))).as("back to the native type").isEqualTo(withoutDisplayWidths(before));
            deleteRevisions();

            write(entities(), "false"); // another aspect of a table holding a native type changes
            Retort retort = retort(database);
            Autogen.of(retort).autogen("name not null");
            retort.upgrade("head");
            assertThat(withoutDisplayWidths(nativeSpelling(database))).as("the native type is kept").isEqualTo(withoutDisplayWidths(before));
            assertThat(Autogen.of(retort).check().plan().operations()).isEmpty();
            retort.downgrade("base");
            assertThat(withoutDisplayWidths(nativeSpelling(database))).isEqualTo(withoutDisplayWidths(before));
        }
    }

    /**
     * {@code baseline} on the hand-written schema: the database is recorded at the new first
     * revision with nothing run, the entities find no drift there, and an empty database that runs
     * {@code upgrade head} gets the same schema, which {@code downgrade base} removes again.
     */
    @Test
    void aBaselineRevisionRecordsTheSchemaAndBuildsItElsewhere() throws Exception {
        try (TestDatabase.Fresh adopted = kind().create(); TestDatabase.Fresh fresh = kind().create()) {
            execute(adopted, prerequisites());
            execute(adopted, schema());
            List<String> schema = withoutDisplayWidths(CatalogSnapshot.of(adopted));
            assertThat(schema).anyMatch(line -> line.startsWith("table | "));
            write(entities(), "true");

            Path file = Autogen.of(retort(adopted)).baseline("baseline");
            String id = file.getFileName().toString().substring(1, 13);
            assertThat(retort(adopted).current().heads()).containsExactly(id);
            assertThat(withoutDisplayWidths(CatalogSnapshot.of(adopted))).as("nothing ran").isEqualTo(schema);
            List<Operation> drift = Autogen.of(retort(adopted)).check().plan().operations();
            // a table the baseline holds and no entity maps is Retort's now: autogen would drop it, with a warning
            assertThat(drift).as(describe(drift)).allSatisfy(operation -> assertThat(operation).isInstanceOfSatisfying(DropTable.class,
                    drop -> assertThat(drop.table().name().text()).startsWith("legacy_")));

            execute(fresh, prerequisites());
            retort(fresh).upgrade("head");
            assertThat(withoutDisplayWidths(CatalogSnapshot.of(fresh))).isEqualTo(schema);
            retort(fresh).downgrade("base");
            assertThat(CatalogSnapshot.of(fresh)).isEmpty();
        }
    }

    /** MariaDB keeps an integer's display width as written ({@code int(4)}); it means nothing, and Retort drops it. */
    private static List<String> withoutDisplayWidths(List<String> snapshot) {
        return snapshot.stream().map(AdoptionTest::withoutDisplayWidths).toList();
    }

    private static String withoutDisplayWidths(String spelling) {
        return spelling.replaceAll("\\b(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1");
    }

    private Retort retort(TestDatabase.Fresh database) throws IOException {
        return Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("adopted").entitySources(work.resolve("entities"))
                .migrationsDir(Files.createDirectories(work.resolve("migrations"))).migrationsPackage("adoption")
                .load();
    }

    private void write(List<String> classes, String nameNullable) throws IOException {
        Folders.writeEntities(work.resolve("entities"), "adopted",
                classes.stream().map(body -> body.replace("NAME_NULLABLE", nameNullable)).toArray(String[]::new));
    }

    private void deleteRevisions() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("migrations"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void execute(TestDatabase.Fresh database, List<String> statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String nativeSpelling(TestDatabase.Fresh database) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(nativeColumnSpellingQuery())) {
            statement.setString(1, database.schema());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String describe(List<Operation> operations) {
        return String.join("\n", operations.stream().map(Operation::describe).toList());
    }
}
