package dev.retort.cli;

import dev.retort.testing.TestDatabase;

class TutorialPostgresTest extends TutorialTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    String varcharType() {
        return "character varying";
    }

    @Override
    String employeeIndexesSql() {
        return "select indexname from pg_indexes where tablename = 'employee' and schemaname = ?";
    }
}
