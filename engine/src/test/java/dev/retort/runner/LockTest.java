package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.DeployLock;
import dev.retort.dialect.Dialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment lock on each database: exclusive, released on close or when its connection ends, and says who holds it. */
abstract class LockTest {

    abstract TestDatabase kind();

    /** How this database names the lock's holder. */
    abstract String holder();

    @Test
    void aSecondDeployerWaitsThenGivesUpNamingTheHolder() throws Exception {
        try (TestDatabase.Fresh database = kind().create();
                Connection first = database.connect(); Connection second = database.connect()) {
            Dialect dialect = DatabaseKind.dialectOf(first);
            DeployLock held = dialect.lock(first, database.schema(), Duration.ofSeconds(5));

            List<String> told = new ArrayList<>();
            assertThatThrownBy(() -> dialect.lock(second, database.schema(), Duration.ofMillis(600), (holder, upTo) -> told.add(holder)))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("another Retort run holds the deployment lock")
                    .hasMessageContaining(holder())
                    .hasMessageContaining("gave up after 1 s");
            assertThat(told).as("told once, when waiting began").singleElement().asString().contains(holder());

            held.close();
            told.clear();
            dialect.lock(second, database.schema(), Duration.ofSeconds(5), (holder, upTo) -> told.add(holder)).close();
            assertThat(told).as("a free lock is taken without a word").isEmpty();
        }
    }

    @Test
    void aLockDiesWithItsConnection() throws Exception {
        try (TestDatabase.Fresh database = kind().create(); Connection second = database.connect()) {
            Dialect dialect;
            try (Connection first = database.connect()) {
                dialect = DatabaseKind.dialectOf(first);
                dialect.lock(first, database.schema(), Duration.ofSeconds(5));
            }
            dialect.lock(second, database.schema(), Duration.ofSeconds(5)).close();
        }
    }

    @Test
    void locksOfDifferentSchemasDoNotMeet() throws Exception {
        try (TestDatabase.Fresh one = kind().create(); TestDatabase.Fresh other = kind().create();
                Connection first = one.connect(); Connection second = other.connect()) {
            Dialect dialect = DatabaseKind.dialectOf(first);
            try (DeployLock a = dialect.lock(first, one.schema(), Duration.ofSeconds(5));
                    DeployLock b = dialect.lock(second, other.schema(), Duration.ofMillis(600))) {
                assertThat(a).isNotNull();
                assertThat(b).isNotNull();
            }
        }
    }
}
