package dev.retort.evolution;

import dev.retort.testing.TestDatabase;

class EvolutionH2Test extends EvolutionTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
