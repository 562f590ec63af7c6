package dev.retort.autogen;

import dev.retort.testing.TestDatabase;

class VerificationH2Test extends VerificationTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
