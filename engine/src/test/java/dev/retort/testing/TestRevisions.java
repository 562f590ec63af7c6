package dev.retort.testing;

import dev.retort.diff.Plan;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import dev.retort.revision.Migration;
import dev.retort.revision.RevisionInfo;
import java.util.List;

/** Revisions built in memory from operations; the downgrade is the plan's reverse, as autogen writes it. */
public final class TestRevisions {

    private TestRevisions() {}

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
