package dev.retort.fixpoint;

import dev.retort.testing.TestDatabase;

class FixpointMariaDbTest extends FixpointTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
