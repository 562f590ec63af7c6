package dev.retort.introspect;

import dev.retort.testing.TestDatabase;

class IntrospectorMariaDbTest extends IntrospectorRoundTripTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
