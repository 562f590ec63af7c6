package dev.retort.fixpoint;

import dev.retort.testing.TestDatabase;

class GroundTruthH2Test extends GroundTruthTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
