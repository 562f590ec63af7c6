package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.ops.Operation;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision files are dialect-neutral: generated against H2 for the 25-entity model (string and
 * ordinal enums, UUID, LOBs, zoned timestamps, decimals, identity ids and sequences) and for arrays
 * and JSON documents, applied to PostgreSQL and MariaDB, and {@code check} then finds no drift there.
 */
class PortableRevisionsTest {

    private static final Path FIXTURES = Path.of("src", "test", "fixtures").toAbsolutePath();

    @TempDir
    Path work;

    private Retort retort(TestDatabase.Fresh database, String model) {
        return Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("dev.retort.fixture." + model).entitySources(FIXTURES.resolve(model))
                .migrationsDir(work.resolve("migrations")).migrationsPackage("portable")
                .load();
    }

    /** The 25-entity shop, and arrays and JSON documents (an array is a JSON array on MariaDB, a native array elsewhere). */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({"POSTGRESQL, shop", "MARIADB, shop", "POSTGRESQL, typed", "MARIADB, typed"})
    void revisionsWrittenOnH2RunElsewhereWithoutDrift(TestDatabase elsewhere, String model) throws Exception {
        Files.createDirectories(work.resolve("migrations"));
        try (TestDatabase.Fresh h2 = TestDatabase.H2.create(); TestDatabase.Fresh other = elsewhere.create()) {
            assertThat(retort(h2, model).autogen("initial on h2").file()).isNotNull();

            retort(other, model).upgrade("head");
            Retort.CheckResult check = retort(other, model).check();

            assertThat(check.plan().operations()).as(String.join("\n", check.plan().operations().stream().map(Operation::describe).toList()))
                    .isEmpty();
        }
    }
}
