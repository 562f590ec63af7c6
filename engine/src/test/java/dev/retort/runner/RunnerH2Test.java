package dev.retort.runner;

import dev.retort.testing.TestDatabase;

class RunnerH2Test extends RunnerTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }
}
