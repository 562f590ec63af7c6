package dev.retort.cli;

import dev.retort.testing.TestDatabase;

class TutorialMariaDbTest extends TutorialTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    String varcharType() {
        return "varchar";
    }

    @Override
    String employeeIndexesSql() {
        return "select index_name from information_schema.statistics where table_name = 'employee' and table_schema = ?";
    }
}
