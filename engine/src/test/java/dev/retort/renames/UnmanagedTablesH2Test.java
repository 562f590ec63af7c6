package dev.retort.renames;

import dev.retort.testing.TestDatabase;

class UnmanagedTablesH2Test extends UnmanagedTablesTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
