package dev.retort.diff;

import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddUnique;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropUnique;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Uniqueness over a set of columns, whether declared as a unique constraint or a unique index:
 * the two enforce the same rule, and MySQL-family catalogs cannot tell them apart. Matched by the
 * set of columns (order inside a unique key changes nothing); created and dropped in the form
 * each side declares.
 */
final class UniqueComparator {

    /** One uniqueness rule and how to create or drop it in its declared form. */
    private record Rule(Name name, boolean explicitName, List<Name> columns, Operation create, Operation drop) {}

    private UniqueComparator() {}

    static void compare(Table target, Table current, DiffContext context) {
        Matching<Rule> rules = Matching.of(rules(target), rules(current), rule -> Set.copyOf(context.keys(rule.columns())))
                .unpairing(pair -> context.renamed(pair.target().name(), pair.target().explicitName(), pair.current().name()));
        rules.removed().forEach(rule -> context.add(Phase.DROP_INDEXES, rule.drop()));
        rules.added().forEach(rule -> context.add(Phase.CREATE_INDEXES, rule.create()));
    }

    private static List<Rule> rules(Table table) {
        List<Rule> rules = new ArrayList<>();
        for (UniqueConstraint unique : table.uniques()) {
            rules.add(new Rule(unique.name(), unique.explicitName(), unique.columns(), new AddUnique(table.name(), unique),
                    new DropUnique(table.name(), unique)));
        }
        for (Index index : table.indexes()) {
            if (index.unique()) {
                rules.add(new Rule(index.name(), index.explicitName(), index.columns(), new CreateIndex(table.name(), index),
                        new DropIndex(table.name(), index)));
            }
        }
        return rules;
    }
}
