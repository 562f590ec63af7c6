package dev.retort.runner;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class RunnerMariaDbTest extends RunnerTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }

    @Test
    void aRevisionBlockedByAnotherSessionGivesUpRetriesAndSaysWhoHoldsTheLock() throws Exception {
        super.aRevisionBlockedByAnotherSessionGivesUpRetriesAndSaysWhoHoldsTheLock();
    }
}
