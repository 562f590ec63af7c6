package dev.retort.renames;

import dev.retort.testing.TestDatabase;

class RenamePostgresTest extends RenameTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
