package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.DeployLock;
import dev.retort.dialect.Dialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockH2Test extends LockTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }

    @Override
    String holder() {
        return "another session";
    }

    @Test
    void theLockRowLivesInTheManagedSchemaSoSchemasLockApart() throws Exception {
        try (TestDatabase.Fresh database = kind().create(); Connection first = database.connect(); Connection second = database.connect()) {
            try (Statement statement = first.createStatement()) {
                statement.execute("create schema app");
                statement.execute("create schema other");
            }
            Dialect dialect = DatabaseKind.dialectOf(first);
            try (DeployLock app = dialect.lock(first, "APP", Duration.ofSeconds(5));
                    DeployLock other = dialect.lock(second, "OTHER", Duration.ofMillis(600));
                    Connection reader = database.connect(); Statement statement = reader.createStatement();
                    ResultSet rows = statement.executeQuery("select table_schema from information_schema.tables"
                            + " where table_name = 'RETORT_LOCK' order by table_schema")) {
                List<String> schemas = new ArrayList<>();
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
                assertThat(schemas).containsExactly("APP", "OTHER");
            }
        }
    }
}
