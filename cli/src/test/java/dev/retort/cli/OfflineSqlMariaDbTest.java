package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;

class OfflineSqlMariaDbTest extends OfflineSqlTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    List<String> client(String host, String port, String user, String database, Path script) {
        return List.of("mariadb", "-h", host, "-P", port, "-u", user, "--batch", database);
    }
}
