package dev.retort.diff;

import dev.retort.model.Name;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the differ needs beyond the two schemas.
 *
 * @param renderedChecks the database's rendering of each target check ({@code Dialect.renderChecks})
 * @param renames        renames the user vouches for
 * @param droppable      which tables missing from the target may be dropped: those Retort's
 *                       revisions created (or any, with {@code --drop-unmanaged}); the rest are
 *                       reported as not managed and left alone, foreign keys to them included
 */
public record DiffOptions(Map<List<String>, String> renderedChecks, List<RenameHint> renames, Predicate<Name> droppable) {

    public static final DiffOptions DEFAULT = new DiffOptions(Map.of(), List.of(), name -> true);

    public DiffOptions {
        renderedChecks = Map.copyOf(renderedChecks);
        renames = List.copyOf(renames);
    }

    public DiffOptions withRenames(List<RenameHint> more) {
        List<RenameHint> all = new java.util.ArrayList<>(renames);
        all.addAll(more);
        return new DiffOptions(renderedChecks, all, droppable);
    }
}
