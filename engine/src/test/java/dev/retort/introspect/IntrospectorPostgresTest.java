package dev.retort.introspect;

import dev.retort.testing.TestDatabase;

class IntrospectorPostgresTest extends IntrospectorRoundTripTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
