package dev.retort.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogen;
import dev.retort.autogen.AutogenOptions;
import dev.retort.Retort;
import dev.retort.evolution.GeneratedModel.Entity;
import dev.retort.evolution.GeneratedModel.Field;
import dev.retort.evolution.GeneratedModel.Key;
import dev.retort.evolution.GeneratedModel.Type;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random model evolution, on each database (one subclass each). A seeded {@link Evolution} edits a
 * generated entity model step by step; each step writes the entity sources, runs autogen, upgrades,
 * and then autogen must find nothing. Rows written along the way must survive renames, widenings
 * and every other step. Now and then the test downgrades one to ten revisions, checking the
 * entities of that revision against the database, and upgrades again; every 100 steps it goes down
 * to base and back.
 *
 * <p>{@code -Dretort.evolution.seed=...} and {@code -Dretort.evolution.steps=...} choose the run
 * (docs/testing.md has the long run). A failure names its seed and step: add it to
 * {@link #FAILED_SEEDS}, and write the smallest reproduction as a test of its own below.
 */
abstract class EvolutionTest {

    private static final long DEFAULT_SEED = 20261125L;
    private static final int DEFAULT_STEPS = 12;

    private record FailedSeed(TestDatabase kind, long seed, int steps) {}

    /** Seeds that once failed, on the database where they failed, run to the step that failed. */
    private static final List<FailedSeed> FAILED_SEEDS = List.of(
            new FailedSeed(TestDatabase.MARIADB, 20261127L, 40));

    @TempDir
    Path work;

    abstract TestDatabase kind();

    @Test
    void randomEvolution() throws Exception {
        long seed = Long.getLong("retort.evolution.seed", DEFAULT_SEED + kind().ordinal());
        evolve(seed, Integer.getInteger("retort.evolution.steps", DEFAULT_STEPS));
    }

    @TestFactory
    Stream<DynamicTest> failedSeeds() {
        return FAILED_SEEDS.stream().filter(failed -> failed.kind() == kind())
                .map(failed -> DynamicTest.dynamicTest("seed " + failed.seed(), () -> evolve(failed.seed(), failed.steps())));
    }

    /**
     * Seed 20261127 on MariaDB, step 40: H2 and MariaDB let a foreign key take over an index on its
     * column (H2 when the index is there first, MariaDB always), and then refuse to drop that index
     * while the key exists, so removing it (or downgrading its creation) failed.
     */
    @Test
    void anIndexOrUniqueKeyOnAForeignKeyColumnComesAndGoes() throws Exception {
        Entity author = new Entity(1, "author", List.of(), List.of(), List.of(), List.of(), Optional.empty());
        Entity book = new Entity(2, "book", List.of(new Field(3, "author_id", Type.REFERENCE, 0, true, 1)),
                List.of(), List.of(), List.of(), Optional.empty());
        GeneratedModel plain = new GeneratedModel(List.of(author, book));
        GeneratedModel indexed = plain.with(book.withIndexes(List.of(new Key("ix_book_author", List.of(3)))));
        GeneratedModel unique = plain.with(book.withUniques(List.of(new Key("uk_book_author", List.of(3)))));
        try (Project project = new Project()) {
            for (GeneratedModel model : List.of(indexed, plain, indexed, unique, plain)) {
                project.step(new Evolution.Step("replay", model, List.of()));
                project.downgradeAndBack(1);
            }
        }
    }

    private void evolve(long seed, int steps) throws Exception {
        Evolution evolution = new Evolution(seed);
        try (Project project = new Project()) {
            for (int step = 1; step <= steps; step++) {
                Evolution.Step next = evolution.next(project.head());
                try {
                    project.step(next);
                    if (step % 100 == 0) {
                        project.downgradeAndBack(project.revisions());
                    } else if (evolution.random().nextInt(8) == 0) {
                        project.downgradeAndBack(1 + evolution.random().nextInt(Math.min(10, project.revisions())));
                    }
                } catch (Exception | AssertionError e) {
                    throw new AssertionError("seed " + seed + ", step " + step + " (" + next.description() + ") failed: "
                            + e.getMessage() + "\nlast revision:\n" + project.lastRevision(), e);
                }
            }
        }
    }

    /** A database of its own, the entity and revision folders, the models of each revision and the rows written. */
    private final class Project implements AutoCloseable {

        private final TestDatabase.Fresh database = kind().create();
        private final Path folder;
        private final Retort retort;
        private final List<GeneratedModel> models = new ArrayList<>(List.of(GeneratedModel.EMPTY));
        private final RowBook rows = new RowBook(EvolutionTest.this::quote);
        private Path lastRevision;

        Project() throws IOException {
            folder = Files.createTempDirectory(work, "project");
            Files.createDirectories(folder.resolve("migrations"));
            retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages(EntityWriter.PACKAGE).entitySources(folder.resolve("entities"))
                    .migrationsDir(folder.resolve("migrations")).migrationsPackage("revisions")
                    .load();
        }

        GeneratedModel head() {
            return models.get(models.size() - 1);
        }

        int revisions() {
            return models.size() - 1;
        }

        /** Autogen, upgrade, nothing left to generate; then the rows are checked, filled in and added to. */
        void step(Evolution.Step step) throws Exception {
            EntityWriter.write(step.after(), folder.resolve("entities"));
            Autogen.AutogenResult result = Autogen.of(retort).autogen("step " + models.size(), new AutogenOptions(step.renames(), false, proposal -> false));
            lastRevision = result.file();
            assertThat(result.plan().operations()).as("the step changes the schema").isNotEmpty();
            retort.upgrade("head");
            assertThat(Autogen.of(retort).check().plan().operations()).as("autogen after upgrade").isEmpty();
            models.add(step.after());
            try (Connection connection = database.connect()) {
                rows.verify(connection, step.after());
                rows.fill(connection, step.after());
                rows.insert(connection, step.after());
            }
        }

        /** Down {@code count} revisions, where the database must match that revision's entities, and back to head. */
        void downgradeAndBack(int count) throws Exception {
            try (Connection connection = database.connect()) {
                rows.clear(connection, head());
            }
            retort.downgrade(count == revisions() ? "base" : "-" + count);
            GeneratedModel back = models.get(revisions() - count);
            if (back.entities().isEmpty()) {
                assertThat(userTables()).as("tables at base").isEmpty();
            } else {
                EntityWriter.write(back, folder.resolve("entities"));
                assertThat(Autogen.of(retort).check().plan().operations()).as("entities of the revision %d back", count).isEmpty();
            }
            retort.upgrade("head");
            EntityWriter.write(head(), folder.resolve("entities"));
            assertThat(Autogen.of(retort).check().plan().operations()).as("autogen after downgrading %d and back", count).isEmpty();
        }

        String lastRevision() {
            try {
                return lastRevision == null ? "(none)" : Files.readString(lastRevision);
            } catch (IOException e) {
                return e.toString();
            }
        }

        private List<String> userTables() throws SQLException {
            boolean catalogIsSchema = kind() == TestDatabase.MARIADB;
            List<String> tables = new ArrayList<>();
            try (Connection connection = database.connect();
                    ResultSet result = connection.getMetaData().getTables(catalogIsSchema ? database.schema() : null,
                            catalogIsSchema ? null : database.schema(), "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    String table = result.getString("TABLE_NAME");
                    if (!table.toLowerCase(Locale.ROOT).startsWith("retort_")) {
                        tables.add(table);
                    }
                }
            }
            return tables;
        }

        @Override
        public void close() throws SQLException {
            database.close();
        }
    }

    private String quote(String name) {
        return switch (kind()) {
            case H2 -> '"' + name.toUpperCase(Locale.ROOT) + '"';
            case POSTGRESQL -> '"' + name + '"';
            case MARIADB -> '`' + name + '`';
        };
    }
}
