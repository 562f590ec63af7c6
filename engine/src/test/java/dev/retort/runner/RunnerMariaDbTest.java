package dev.retort.runner;

import dev.retort.testing.TestDatabase;

class RunnerMariaDbTest extends RunnerTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }
}
