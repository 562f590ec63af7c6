package dev.retort.autogen;

import dev.retort.testing.TestDatabase;

class VerificationMariaDbTest extends VerificationTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    String slowStatement() {
        return "select sleep(60)";
    }
}
