package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.ops.Operation;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision files are dialect-neutral: generated against H2 for the 25-entity model (string and
 * ordinal enums, UUID, LOBs, zoned timestamps, decimals, identity ids and sequences), applied to
 * PostgreSQL and MariaDB, and {@code check} then finds no drift there.
 */
class PortableRevisionsTest {

    private static final Path SHOP = Path.of("src", "test", "fixtures", "shop").toAbsolutePath();

    @TempDir
    Path work;

    private Retort retort(TestDatabase.Fresh database) {
        return Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("dev.retort.fixture.shop").entitySources(SHOP)
                .migrationsDir(work.resolve("migrations")).migrationsPackage("portable")
                .load();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void revisionsWrittenOnH2RunElsewhereWithoutDrift(TestDatabase elsewhere) throws Exception {
        Files.createDirectories(work.resolve("migrations"));
        try (TestDatabase.Fresh h2 = TestDatabase.H2.create(); TestDatabase.Fresh other = elsewhere.create()) {
            assertThat(retort(h2).autogen("initial on h2").file()).isNotNull();

            retort(other).upgrade("head");
            Retort.CheckResult check = retort(other).check();

            assertThat(check.plan().operations()).as(String.join("\n", check.plan().operations().stream().map(Operation::describe).toList()))
                    .isEmpty();
        }
    }
}
