package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;

class OfflineSqlPostgresTest extends OfflineSqlTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    List<String> client(String host, String port, String user, String database, Path script) {
        return List.of("psql", "-h", host, "-p", port, "-U", user, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-X");
    }
}
