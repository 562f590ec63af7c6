package dev.retort.runner;

import dev.retort.testing.TestDatabase;

class RunnerPostgresTest extends RunnerTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }
}
