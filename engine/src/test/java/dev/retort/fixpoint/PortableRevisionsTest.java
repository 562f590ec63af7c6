package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.ops.Operation;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Revision files are dialect-neutral: generated on each database for the 25-entity model (string
 * and ordinal enums, UUID, LOBs, zoned timestamps, decimals, identity ids and sequences) and for
 * every other neutral type the fixtures use (arrays, JSON documents, times with a zone, durations),
 * applied on each other database, where {@code check} then finds no drift.
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

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String model : List.of("shop", "typed")) {
            for (TestDatabase writtenOn : TestDatabase.values()) {
                for (TestDatabase appliedOn : TestDatabase.values()) {
                    if (writtenOn != appliedOn) {
                        cases.add(Arguments.of(model, writtenOn, appliedOn));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} written on {1}, applied on {2}")
    @MethodSource("cases")
    void revisionsWrittenOnOneDatabaseRunOnAnotherWithoutDrift(String model, TestDatabase writtenOn, TestDatabase appliedOn) throws Exception {
        Files.createDirectories(work.resolve("migrations"));
        try (TestDatabase.Fresh source = writtenOn.create(); TestDatabase.Fresh other = appliedOn.create()) {
            assertThat(Autogen.of(retort(source, model)).autogen("initial on " + writtenOn).file()).isNotNull();

            retort(other, model).upgrade("head");
            Autogen.CheckResult check = Autogen.of(retort(other, model)).check();

            assertThat(check.plan().operations()).as(String.join("\n", check.plan().operations().stream().map(Operation::describe).toList()))
                    .isEmpty();
        }
    }
}
