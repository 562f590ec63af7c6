package dev.retort.renames;

import dev.retort.testing.TestDatabase;

class UnmanagedTablesMariaDbTest extends UnmanagedTablesTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
