package dev.retort.evolution;

import dev.retort.testing.TestDatabase;

class EvolutionMariaDbTest extends EvolutionTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }
}
