package dev.retort.runner;

import static dev.retort.testing.TestRevisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.OutsideTransaction;
import dev.retort.revision.RevisionInfo;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerPostgresTest extends RunnerTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }

    /**
     * A revision that takes more locks in its one transaction than PostgreSQL's lock table has room
     * for (a downgrade dropping a thousand tables does; here, advisory locks, which share that table)
     * is rolled back, and the message says which settings to change.
     */
    @Test
    void runningOutOfLocksSaysWhatToChange() throws SQLException {
        int slots = Integer.parseInt(query("select current_setting('max_locks_per_transaction')::int"
                + " * (current_setting('max_connections')::int + current_setting('max_prepared_transactions')::int)").get(0));
        RevisionInfo greedy = revision("ccc333", List.of("bbb222"), List.of(
                new ExecuteSql("select count(pg_advisory_xact_lock(i)) from generate_series(1, " + 4 * slots + ") i")));

        assertThatThrownBy(() -> upgrade(runner(FIRST, SECOND, greedy), "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("rolled back; the database remains at bbb222")
                .hasMessageContaining("PostgreSQL's lock table holds about " + slots + " locks")
                .hasMessageContaining("raise max_locks_per_transaction in postgresql.conf and restart the server, or split the revision");
        assertThat(query("select version_id from retort_version")).containsExactly("bbb222");
    }
    /**
     * The first thing a new user tries, raw {@code create index concurrently}, is refused inside the
     * revision's transaction; the message says how to run it outside, and the same statement in an
     * outside-transaction block runs.
     */
    @Test
    void aRawConcurrentIndexSaysHowToRunItOutsideTheTransaction() throws SQLException {
        ExecuteSql concurrently = new ExecuteSql("create index concurrently ix_employee_gender on employee (gender)");

        assertThatThrownBy(() -> upgrade(runner(FIRST, SECOND, revision("ccc333", List.of("bbb222"), List.of(concurrently))), "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("rolled back; the database remains at bbb222")
                .hasMessageContaining("run this statement outside it with op.outsideTransaction(() -> ...)");

        upgrade(runner(FIRST, SECOND, revision("ccc333", List.of("bbb222"), List.of(new OutsideTransaction(List.of(concurrently))))), "head");
        assertThat(query("select indexname from pg_indexes where tablename = 'employee' and indexname = 'ix_employee_gender'"))
                .containsExactly("ix_employee_gender");
    }

    @Test
    void aRevisionBlockedByAnotherSessionGivesUpRetriesAndSaysWhoHoldsTheLock() throws Exception {
        super.aRevisionBlockedByAnotherSessionGivesUpRetriesAndSaysWhoHoldsTheLock();
    }
}
