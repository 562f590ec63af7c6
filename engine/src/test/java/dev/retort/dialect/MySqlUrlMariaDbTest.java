package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * commands.md documents {@code jdbc:mysql://} URLs: with no MySQL driver on the class path they go to
 * the MariaDB driver Retort ships (it speaks MySQL's protocol), here to the local MariaDB server.
 */
class MySqlUrlMariaDbTest {

    @TempDir
    Path work;

    @Test
    void aMySqlUrlReachesTheServerThroughTheMariaDbDriver() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.MARIADB.create()) {
            Folders.writeEntities(work.resolve("entities"), "app", "@Entity public class Note { @Id Long id; String text; }");
            Retort retort = Retort.configure()
                    .url(database.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")).user(database.user()).password(database.password())
                    .entityPackages("app").entitySources(work.resolve("entities"))
                    .migrationsDir(Files.createDirectories(work.resolve("migrations"))).migrationsPackage("app")
                    .load();
            Autogen.of(retort).autogen("notes");
            retort.upgrade("head");
            assertThat(retort.current().atHead()).isTrue();
            assertThat(Autogen.of(retort).check().plan().operations()).isEmpty();
        }
    }
}
