package dev.retort.runner;

import dev.retort.testing.TestDatabase;

class LockH2Test extends LockTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }

    @Override
    String holder() {
        return "another session";
    }
}
