package dev.retort.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/scenarios.md lists every scenario the tests run, and says how many there are. */
class ScenarioCatalogueTest {

    @Test
    void theDocumentedCatalogueIsTheTestedOne() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "scenarios.md"));
        assertThat(Scenarios.all()).allSatisfy(scenario -> assertThat(doc).contains("| " + scenario.name() + " |"));
        assertThat(doc).contains(Scenarios.all().size() + " scenarios in all");
        assertThat(Scenarios.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Scenarios.all().stream().filter(scenario -> scenario.expected().isEmpty())).hasSizeGreaterThanOrEqualTo(10);
    }
}
