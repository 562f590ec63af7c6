package dev.retort.scenarios;

import dev.retort.testing.TestDatabase;

class ScenarioH2Test extends ScenarioTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
