package dev.retort.cli;

import dev.retort.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project holding the sample's revision history plus one hand-written revision after its first,
 * for tests that run Retort in a process of its own against a database.
 */
final class SampleHistory {

    /** The sample's first revision, which the added one follows. */
    static final String FIRST = "882398bc4f89";

    private SampleHistory() {}

    /**
     * @param upgrade   the body of the added revision's {@code upgrade(Ops op)}
     * @param downgrade the body of its {@code downgrade(Ops op)}
     */
    static void write(Path project, String url, String user, String password, String id, String message, String upgrade,
            String downgrade, String... settings) throws IOException {
        Path migrations = project.resolve("migrations");
        Folders.copyTree(Path.of("..", "migrations", "src", "main", "java"), migrations);
        Files.writeString(migrations.resolve("dev/retort/sample/migrations/R" + id + ".java"), """
                package dev.retort.sample.migrations;

                import dev.retort.ops.Ops;
                import dev.retort.revision.Migration;
                import dev.retort.revision.Revision;

                @Revision(id = "%s", parents = "%s", message = "%s", created = "2026-11-25T20:00:00Z")
                public final class R%s implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        %s
                    }

                    @Override
                    public void downgrade(Ops op) {
                        %s
                    }
                }
                """.formatted(id, FIRST, message, id, upgrade, downgrade));
        Files.writeString(project.resolve("retort.properties"), String.join("\n",
                "url=" + url, "user=" + user, "password=" + password, "migrations.dir=migrations", String.join("\n", settings)) + "\n");
    }
}
