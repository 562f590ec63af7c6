package dev.retort.autogen;

import dev.retort.testing.TestDatabase;

class VerificationH2Test extends VerificationTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }

    @Override
    String slowStatement() {
        return "select max(rand()) from system_range(1, 100000000000)";
    }
}
