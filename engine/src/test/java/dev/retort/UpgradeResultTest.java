package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revision.RevisionInfo;
import dev.retort.runner.RunListener;
import dev.retort.runner.Runner;
import dev.retort.testing.TestRevisions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upgrade's result is a value an application can act on: what ran, how long each took, and the warnings said on the way. */
class UpgradeResultTest {

    @TempDir
    Path work;

    private void revision(String id, String parent, String table) throws Exception {
        TestRevisions.writeSource(work.resolve("migrations"), "app", id, parent, table,
                "op.createTable(table(\"" + table + "\").column(column(\"id\", bigint()).notNull()).primaryKey(\"id\"));",
                "op.dropTable(table(\"" + table + "\").column(column(\"id\", bigint()).notNull()).primaryKey(\"id\"));");
    }

    @Test
    void theResultNamesWhatRanHowLongAndWhatWasSaid() throws Exception {
        revision("aaaaaaaaaaa1", null, "first");
        List<String> heard = new ArrayList<>();
        Retort.Configuration configuration = Retort.configure().url("jdbc:h2:" + work.resolve("db")).user("sa")
                .migrationsDir(work.resolve("migrations")).migrationsPackage("app")
                .listener(new RunListener() {
                    @Override
                    public void warning(String message) {
                        heard.add(message);
                    }
                });

        Runner.Result first = configuration.load().upgrade("head");
        assertThat(first.revisions()).extracting(RevisionInfo::id).containsExactly("aaaaaaaaaaa1");
        assertThat(first.took()).hasSize(1).allMatch(took -> !took.isNegative());
        assertThat(first.warnings()).isEmpty();

        revision("aaaaaaaaaaa1", null, "renamed"); // the applied revision's file changes
        revision("bbbbbbbbbbb2", "aaaaaaaaaaa1", "second");
        Runner.Result second = configuration.load().upgrade("head");
        assertThat(second.revisions()).extracting(RevisionInfo::id).containsExactly("bbbbbbbbbbb2");
        assertThat(second.took()).hasSize(1);
        assertThat(second.warnings()).singleElement().asString().contains("aaaaaaaaaaa1");
        assertThat(heard).isEqualTo(second.warnings());
    }
}
