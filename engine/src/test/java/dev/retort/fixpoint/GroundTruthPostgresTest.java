package dev.retort.fixpoint;

import dev.retort.testing.TestDatabase;

class GroundTruthPostgresTest extends GroundTruthTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
