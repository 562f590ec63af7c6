package dev.retort.cli;

import dev.retort.testing.TestDatabase;

class FailingStatementPostgresTest extends FailingStatementTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
