package dev.retort.testing;

import dev.retort.diff.Plan;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import dev.retort.revision.Migration;
import dev.retort.revision.RevisionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Revisions built in memory from operations; the downgrade is the plan's reverse, as autogen writes it. */
public final class TestRevisions {

    private TestRevisions() {}

    /**
     * Writes a revision source as a hand-written one looks, under {@code migrations/<package>}:
     * {@code upgrade} and {@code downgrade} are the bodies of its methods ({@code Ops} and
     * {@code ColumnType} statically imported); {@code parent} null for a first revision.
     */
    public static Path writeSource(Path migrations, String packageName, String id, String parent, String message, String upgrade,
            String downgrade) throws IOException {
        Path folder = migrations.resolve(packageName.replace('.', '/'));
        Files.createDirectories(folder);
        Path file = folder.resolve("R" + id + ".java");
        Files.writeString(file, """
                package %s;

                import static dev.retort.model.ColumnType.*;
                import static dev.retort.ops.Ops.*;

                import dev.retort.ops.Ops;
                import dev.retort.revision.Migration;
                import dev.retort.revision.Revision;

                @Revision(id = "%s", parents = {%s}, message = "%s", created = "2026-11-30T00:00:00Z")
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
                """.formatted(packageName, id, parent == null ? "" : "\"" + parent + "\"", message, id, upgrade, downgrade));
        return file;
    }

    public static RevisionInfo revision(String id, List<String> parents, List<Operation> upgrade) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Ops op) {
                upgrade.forEach(op::apply);
            }

            @Override
            public void downgrade(Ops op) {
                new Plan(upgrade).reverse().forEach(op::apply);
            }
        };
        return new RevisionInfo(id, parents, "revision " + id, "2026-01-01T00:00:0" + id.length() + "Z", id + ".java", migration);
    }
}
