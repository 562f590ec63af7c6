package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Table;
import dev.retort.ops.AddCheck;
import dev.retort.ops.DropCheck;

/**
 * Check constraints, matched by the database's own rendering of the expression: the catalog's
 * text for the current side, the rendering the dialect obtained for each target check. Never by
 * name or by the text as written.
 */
final class CheckComparator {

    private CheckComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<CheckConstraint> checks = Matching.of(target.checks(), current.checks(),
                check -> context.renderedCheck(target.name(), check), CheckConstraint::expression)
                .unpairing(pair -> context.renamed(pair.target().name(), pair.target().explicitName(), pair.current().name()));
        checks.removed().forEach(check -> context.add(Phase.DROP_INDEXES, new DropCheck(current.name(), check)));
        checks.added().forEach(check -> context.add(Phase.CREATE_INDEXES, new AddCheck(target.name(), check)));
    }
}
