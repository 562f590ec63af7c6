package dev.retort.renames;

import dev.retort.testing.TestDatabase;

class RenameMariaDbTest extends RenameTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
