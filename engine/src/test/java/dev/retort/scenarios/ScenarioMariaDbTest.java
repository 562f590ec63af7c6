package dev.retort.scenarios;

import dev.retort.testing.TestDatabase;

class ScenarioMariaDbTest extends ScenarioTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
