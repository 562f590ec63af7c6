package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogen;
import dev.retort.autogen.AutogenOptions;
import dev.retort.Retort;
import dev.retort.ops.Operation;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A whole history written on one database applies on every other: mixed-case entity names
 * ({@code HandlingEvent}) through creation, a dropped and an added column, a column rename, a
 * dropped table and a dropped sequence. H2 and PostgreSQL fold the names they read back, MariaDB
 * keeps table names case-sensitive, so a revision naming an existing table as the catalog spelled
 * it ({@code handlingevent}) failed there. Each history is applied on each other database, checked
 * for drift, undone to base and applied again.
 */
class PortableHistoryTest {

    @TempDir
    Path work;

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (TestDatabase writtenOn : TestDatabase.values()) {
            for (TestDatabase appliedOn : TestDatabase.values()) {
                if (writtenOn != appliedOn) {
                    pairs.add(Arguments.of(writtenOn, appliedOn));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "written on {0}, applied on {1}")
    @MethodSource("pairs")
    void aHistoryWrittenOnOneDatabaseRunsOnAnother(TestDatabase writtenOn, TestDatabase appliedOn) throws Exception {
        Path entities = work.resolve("entities");
        try (TestDatabase.Fresh source = writtenOn.create(); TestDatabase.Fresh elsewhere = appliedOn.create()) {
            Retort writer = retort(source);
            entities(entities, """
                    @Entity public class HandlingEvent {
                        @Id Long id; String location; String registration;
                        @ManyToOne CargoItem cargo;
                    }""", """
                    @Entity public class CargoItem { @Id @GeneratedValue Long id; String trackingId; }""");
            write(writer, "initial", AutogenOptions.DEFAULT);
            entities(entities, """
                    @Entity public class HandlingEvent {
                        @Id Long id; String location; Integer voyageNumber;
                        @ManyToOne CargoItem cargo;
                    }""", """
                    @Entity public class CargoItem { @Id @GeneratedValue Long id; String trackingId; }""");
            write(writer, "drop registration, add voyage number", AutogenOptions.DEFAULT);
            entities(entities, """
                    @Entity public class HandlingEvent { @Id Long id; String eventPlace; Integer voyageNumber; }""");
            write(writer, "rename location, drop cargo", new AutogenOptions(List.of("HandlingEvent.location=eventPlace"), false, p -> false));
            List<String> atHead = CatalogSnapshot.of(source);

            Retort applier = retort(elsewhere);
            applier.upgrade("head");
            assertNoDrift(applier);
            assertThat(columnNames(CatalogSnapshot.of(elsewhere))).as("tables and columns as on %s", writtenOn)
                    .isEqualTo(columnNames(atHead));
            applier.downgrade("base");
            assertThat(CatalogSnapshot.of(elsewhere)).as("nothing left after downgrade base").isEmpty();
            applier.upgrade("head");
            assertNoDrift(applier);
        }
    }

    private Retort retort(TestDatabase.Fresh database) throws IOException {
        Files.createDirectories(work.resolve("migrations"));
        return Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("cargo").entitySources(work.resolve("entities"))
                .migrationsDir(work.resolve("migrations")).migrationsPackage("history")
                .load();
    }

    private static void write(Retort retort, String message, AutogenOptions options) {
        assertThat(Autogen.of(retort).autogen(message, options).file()).as(message).isNotNull();
        retort.upgrade("head");
        assertNoDrift(retort);
    }

    private static void assertNoDrift(Retort retort) {
        List<Operation> drift = Autogen.of(retort).check().plan().operations();
        assertThat(drift).as(String.join("\n", drift.stream().map(Operation::describe).toList())).isEmpty();
    }

    private static void entities(Path folder, String... classes) throws IOException {
        Folders.writeEntities(folder, "cargo", classes);
    }

    /** {@code table.column} of each column in a snapshot, in lower case: what each database calls its types differs. */
    private static List<String> columnNames(List<String> snapshot) {
        return snapshot.stream().filter(line -> line.startsWith("column | "))
                .map(line -> line.split(" \\| "))
                .map(fields -> (fields[1] + "." + fields[2]).toLowerCase(Locale.ROOT))
                .sorted().toList();
    }
}
