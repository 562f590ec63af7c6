package dev.retort.fixpoint;

import dev.retort.testing.TestDatabase;

class FixpointH2Test extends FixpointTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
