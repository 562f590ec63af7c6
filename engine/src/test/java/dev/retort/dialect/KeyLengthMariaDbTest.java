package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autogen.Autogen;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A composite primary key over long strings is more than MariaDB can index (3072 bytes: four
 * varchar(255) in utf8mb4 take 4080). Autogen refuses it naming the key, before anything is written
 * or run; at a length that fits, the same model goes through.
 */
class KeyLengthMariaDbTest {

    @TempDir
    Path work;

    @Test
    void aKeyLongerThanMariaDbIndexesIsRefusedAtAutogen() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.MARIADB.create()) {
            Path migrations = Files.createDirectories(work.resolve("migrations"));
            Retort retort = retort(database, migrations, 255);
            RetortException thrown = catchThrowableOfType(RetortException.class, () -> Autogen.of(retort).autogen("keys"));
            assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
            assertThat(thrown).hasMessageContaining("the primary key of table Tagging (")
                    .hasMessageContaining("takes 4080 bytes; MariaDB indexes at most 3072 bytes");
            try (var files = Files.list(migrations)) {
                assertThat(files).isEmpty();
            }

            Retort fitting = retort(database, migrations, 150);
            Autogen.of(fitting).autogen("keys");
            fitting.upgrade("head");
            assertThat(CatalogSnapshot.of(database)).anyMatch(line -> line.startsWith("constraint | tagging | primary key"));
        }
    }

    /**
     * A unique key over a long string is fine on MariaDB, which keeps a hash of it instead (10.4
     * on); it is created, read back as the unique it is, and nothing is left to autogenerate.
     */
    @Test
    void aLongUniqueIsAcceptedAndReadBackAsTheUniqueItIs() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.MARIADB.create()) {
            Path sources = work.resolve("links");
            Folders.writeEntities(sources, "links", """
                    @Entity public class Link {
                        @Id Long id;
                        @Column(unique = true, length = 1000) String url;
                    }""");
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages("links").entitySources(sources)
                    .migrationsDir(Files.createDirectories(work.resolve("link-migrations"))).migrationsPackage("links")
                    .load();
            Autogen.of(retort).autogen("links");
            retort.upgrade("head");
            assertThat(CatalogSnapshot.of(database)).anyMatch(line -> line.startsWith("constraint | link | unique |") && line.endsWith("| url"));
            assertThat(Autogen.of(retort).check().plan().operations()).isEmpty();
        }
    }

    private Retort retort(TestDatabase.Fresh database, Path migrations, int length) throws Exception {
        Path sources = work.resolve("entities-" + length);
        Files.createDirectories(sources.resolve("tags"));
        Files.writeString(sources.resolve("tags/Tagging.java"), """
                package tags;
                import jakarta.persistence.*;
                @Entity @IdClass(Tagging.Key.class) public class Tagging {
                    @Id @Column(length = LENGTH) String owner;
                    @Id @Column(length = LENGTH) String repository;
                    @Id @Column(length = LENGTH) String path;
                    @Id @Column(length = LENGTH) String tag;
                    public record Key(String owner, String repository, String path, String tag) implements java.io.Serializable {}
                }
                """.replace("LENGTH", String.valueOf(length)));
        return Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("tags").entitySources(sources)
                .migrationsDir(migrations).migrationsPackage("keys")
                .load();
    }
}
