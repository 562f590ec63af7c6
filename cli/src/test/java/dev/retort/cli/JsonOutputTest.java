package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json}: standard output is one JSON document a tool can read, with the documented fields. */
class JsonOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private JsonNode json(int exitCode, String... args) throws Exception {
        Cli.Run run = Cli.retort(project, args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out().lines()).as("one line").hasSize(1);
        return JSON.readTree(run.out());
    }

    @Test
    void currentHistoryHeadsCheckAndAutogenSpeakJson() throws Exception {
        Cli.tutorialProject(project);
        assertThat(json(0, "heads", "--json").get("heads")).isEmpty();

        JsonNode autogen = json(0, "autogen", "-m", "initial", "--json");
        String id = autogen.get("revision").asText();
        assertThat(autogen.get("file").asText()).endsWith(".java");
        assertThat(autogen.get("operations").toString()).contains("create table department");
        assertThat(autogen.get("warnings").isArray()).isTrue();

        JsonNode before = json(0, "current", "--json");
        assertThat(before.get("atHead").asBoolean()).isFalse();
        assertThat(before.get("heads")).isEmpty();
        assertThat(before.get("fileHeads").get(0).asText()).isEqualTo(id);
        assertThat(json(1, "check", "--json").get("drift").asBoolean()).isTrue();

        Cli.ok(project, "upgrade", "head");
        assertThat(json(0, "current", "--json").get("atHead").asBoolean()).isTrue();
        JsonNode check = json(0, "check", "--json");
        assertThat(check.get("drift").asBoolean()).isFalse();
        assertThat(check.get("differences")).isEmpty();
        JsonNode history = json(0, "history", "--json").get("revisions").get(0);
        assertThat(history.get("id").asText()).isEqualTo(id);
        assertThat(history.get("head").asBoolean()).isTrue();
        assertThat(history.get("current").asBoolean()).isTrue();
        assertThat(json(0, "heads", "--json").get("heads").get(0).get("message").asText()).isEqualTo("initial");
        assertThat(json(0, "autogen", "-m", "again", "--json").get("revision").isNull()).isTrue();
    }
}
