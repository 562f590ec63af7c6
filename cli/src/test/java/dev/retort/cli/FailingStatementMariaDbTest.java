package dev.retort.cli;

import dev.retort.testing.TestDatabase;

class FailingStatementMariaDbTest extends FailingStatementTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    boolean refusesNotNullColumnsOnFilledTables() {
        return false;
    }
}
