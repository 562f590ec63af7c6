package dev.retort.autogen;

import dev.retort.testing.TestDatabase;

class VerificationPostgresTest extends VerificationTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    String slowStatement() {
        return "select pg_sleep(60)";
    }
}
