package dev.retort.cli;

import dev.retort.testing.TestDatabase;

class FailingStatementH2Test extends FailingStatementTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
