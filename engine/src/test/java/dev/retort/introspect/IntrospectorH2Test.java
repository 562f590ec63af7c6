package dev.retort.introspect;

import dev.retort.testing.TestDatabase;

class IntrospectorH2Test extends IntrospectorRoundTripTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
