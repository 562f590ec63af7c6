package dev.retort.autogen;

import dev.retort.Retort;
import dev.retort.ops.Operation;
import java.util.stream.Collectors;

/**
 * For an application's own test suite: one call proving that its revisions build exactly the schema
 * its entities describe. Point the {@link Retort} at a fresh database (a Testcontainers one, a new
 * schema on a shared server) and call it from any test framework.
 */
public final class RetortAssertions {

    private RetortAssertions() {}

    /**
     * Upgrades to every head, then compares the entities with the database; throws an
     * {@link AssertionError} listing the differences when there are any.
     */
    public static void assertEntitiesMatchMigrations(Retort retort) {
        retort.upgrade("heads");
        Autogen.CheckResult result = Autogen.of(retort).check();
        if (result.drift()) {
            throw new AssertionError("the revisions do not build what the entities describe; autogen would write:\n"
                    + result.plan().operations().stream().map(Operation::describe).map(line -> "  " + line).collect(Collectors.joining("\n")));
        }
    }
}
