package dev.retort.scenarios;

import dev.retort.testing.TestDatabase;

class ScenarioPostgresTest extends ScenarioTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
