package dev.retort.fixpoint;

import dev.retort.testing.TestDatabase;

class FixpointPostgresTest extends FixpointTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
