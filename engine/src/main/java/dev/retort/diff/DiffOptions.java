package dev.retort.diff;

import dev.retort.model.Name;
import dev.retort.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the differ needs beyond the two schemas.
 *
 * @param renderedChecks the database's rendering of each target check ({@code Dialect.renderChecks})
 * @param renames        renames the user vouches for
 * @param applied        what Retort's applied revisions created and did not drop, as they spell it:
 *                       tables and sequences Retort may drop again, and the portable spelling of
 *                       names the entities no longer use
 * @param dropUnmanaged  drop tables and sequences missing from the target even when no revision
 *                       created them; otherwise they are reported as not managed and left alone,
 *                       foreign keys to such tables included
 */
public record DiffOptions(Map<List<String>, String> renderedChecks, List<RenameHint> renames, Schema applied, boolean dropUnmanaged) {

    public static final DiffOptions DEFAULT = new DiffOptions(Map.of(), List.of(), Schema.EMPTY, true);

    public DiffOptions {
        renderedChecks = Map.copyOf(renderedChecks);
        renames = List.copyOf(renames);
    }

    public DiffOptions withRenames(List<RenameHint> more) {
        List<RenameHint> all = new ArrayList<>(renames);
        all.addAll(more);
        return new DiffOptions(renderedChecks, all, applied, dropUnmanaged);
    }

    /** Whether a table missing from the target may be dropped. */
    boolean droppable(Name table, DiffContext context) {
        return dropUnmanaged || applied.tables().stream().anyMatch(created -> context.key(created.name()).equals(context.key(table)));
    }

    /** Whether a sequence missing from the target may be dropped: the same rule as for tables. */
    boolean droppableSequence(Name sequence, DiffContext context) {
        return dropUnmanaged || applied.sequences().stream().anyMatch(created -> context.key(created.name()).equals(context.key(sequence)));
    }
}
