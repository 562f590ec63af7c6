package dev.retort.cli;

import dev.retort.testing.TestDatabase;

class TutorialH2Test extends TutorialTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }

    @Override
    String varcharType() {
        return "character varying";
    }

    @Override
    String employeeIndexesSql() {
        return "select index_name from information_schema.indexes where table_name = 'EMPLOYEE' and table_schema = ?";
    }
}
