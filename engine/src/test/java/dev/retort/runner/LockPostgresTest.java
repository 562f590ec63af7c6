package dev.retort.runner;

import dev.retort.testing.TestDatabase;

class LockPostgresTest extends LockTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    String holder() {
        return "retort deploy (";
    }
}
