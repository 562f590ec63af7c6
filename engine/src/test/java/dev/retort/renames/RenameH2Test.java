package dev.retort.renames;

import dev.retort.testing.TestDatabase;

class RenameH2Test extends RenameTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
