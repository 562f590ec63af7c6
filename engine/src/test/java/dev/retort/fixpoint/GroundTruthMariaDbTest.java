package dev.retort.fixpoint;

import dev.retort.testing.TestDatabase;

class GroundTruthMariaDbTest extends GroundTruthTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
