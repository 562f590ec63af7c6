package dev.retort.lint;

import dev.retort.ops.Operation;
import java.util.List;

/** One database's lint rules: what locks what there. */
interface DatabaseRules {

    DatabaseRules NONE = (operation, existing, findings) -> { };

    /** @param existing whether the operation's table was there before the revision (it may hold rows and be in use) */
    void check(Operation operation, boolean existing, List<Finding> findings);

    /** Rules about the revision as a whole. */
    default void checkWhole(List<Operation> operations, List<Finding> findings) {}
}
