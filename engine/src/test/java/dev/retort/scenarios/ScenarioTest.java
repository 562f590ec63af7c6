package dev.retort.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.diff.Plan;
import dev.retort.ops.Operation;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario of {@link Scenarios} on one database (one subclass each): model v1, upgrade,
 * model v2, autogenerate finds exactly the expected changes, upgrade, autogenerate finds nothing,
 * downgrade, and the catalog (read with the test's own SQL) is v1's again.
 */
abstract class ScenarioTest {

    @TempDir
    Path work;

    abstract TestDatabase kind();

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.toString(), () -> run(scenario)));
    }

    private void run(Scenario scenario) throws Exception {
        Path project = Files.createTempDirectory(work, "scenario");
        Path sources = project.resolve("entities");
        Files.createDirectories(project.resolve("migrations"));
        try (TestDatabase.Fresh database = kind().create()) {
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages(Scenario.PACKAGE).entitySources(sources)
                    .migrationsDir(project.resolve("migrations")).migrationsPackage("revisions")
                    .load();
            write(sources, scenario.v1());
            assertThat(Autogen.of(retort).autogen("v1").file()).isNotNull();
            retort.upgrade("head");
            List<String> before = CatalogSnapshot.of(database);

            write(sources, scenario.v2());
            Autogen.AutogenResult change = Autogen.of(retort).autogen("v2");
            assertThat(Summaries.of(change.plan().operations())).as(describe(change.plan()))
                    .containsExactlyElementsOf(scenario.expected().stream().sorted().toList());
            if (scenario.expected().isEmpty()) {
                return;
            }
            retort.upgrade("head");
            Plan again = Autogen.of(retort).autogen("after v2").plan();
            assertThat(again.operations()).as("fixpoint after v2:\n" + describe(again)).isEmpty();
            List<String> after = CatalogSnapshot.of(database);
            assertThat(after).as("v2 changed the catalog").isNotEqualTo(before);

            retort.downgrade("-1");
            assertThat(CatalogSnapshot.of(database)).as("downgrade restores v1's catalog").isEqualTo(before);
            retort.upgrade("head");
            assertThat(CatalogSnapshot.of(database)).as("upgrading again restores v2's catalog").isEqualTo(after);
        }
    }

    private static String describe(Plan plan) {
        return String.join("\n", plan.operations().stream().map(Operation::describe).toList());
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Path packageFolder = Files.createDirectories(folder.resolve(Scenario.PACKAGE));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(packageFolder.resolve(file.getKey() + ".java"), file.getValue());
        }
    }
}
