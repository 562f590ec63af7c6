package dev.retort.runner;

import dev.retort.testing.TestDatabase;

class LockMariaDbTest extends LockTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    String holder() {
        return " connection ";
    }
}
