package dev.retort.renames;

import dev.retort.testing.TestDatabase;

class UnmanagedTablesPostgresTest extends UnmanagedTablesTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
