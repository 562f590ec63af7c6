package dev.retort.evolution;

import dev.retort.testing.TestDatabase;

class EvolutionPostgresTest extends EvolutionTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
