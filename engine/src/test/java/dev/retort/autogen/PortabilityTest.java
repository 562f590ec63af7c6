package dev.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.Retort;
import dev.retort.dialect.DatabaseKind;
import dev.retort.RetortException;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Table;
import dev.retort.model.TypeCode;
import dev.retort.ops.CreateTable;
import dev.retort.testing.Folders;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every neutral type a revision may carry is created on every database, or autogen refuses it. */
class PortabilityTest {

    @TempDir
    Path work;

    /** The codes Portability skips as spelled everywhere are spelled everywhere (with the sizes they need). */
    @Test
    void theCodesTakenAsPortableRenderOnEveryDatabase() {
        for (int code : Portability.EVERYWHERE) {
            ColumnType type = ColumnType.sized(code, 20L, 10, 2);
            for (DatabaseKind kind : DatabaseKind.values()) {
                String rendered = Portability.dialect(kind).typeName(type);
                assertThat(rendered).as(type.describe() + " on " + kind).isNotBlank();
                if (kind == DatabaseKind.MARIADB || kind == DatabaseKind.MYSQL) { // which refuse 'with time zone'
                    assertThat(rendered).as(type.describe() + " on " + kind).doesNotContainIgnoringCase("time zone");
                }
            }
        }
    }

    @Test
    void aTypeSomeDatabasesLackIsNamedWithThem() {
        List<String> problems = Portability.problems(List.of(new CreateTable(Table.of("host")
                .column(Column.of("id", ColumnType.bigint()))
                .column(Column.of("address", ColumnType.of(TypeCode.INET)))
                .column(Column.of("tags", ColumnType.arrayOf(ColumnType.of(TypeCode.INET)))))));
        assertThat(problems).containsExactly(
                "column host.address: INET cannot be created on H2, MariaDB, MySQL, Oracle",
                "column host.tags: INET ARRAY cannot be created on H2, MariaDB, MySQL, Oracle");
    }

    /** On PostgreSQL an inet attribute is fine for the application, but a revision holding one could run nowhere else. */
    @Test
    void autogenRefusesARevisionSomeDatabaseCannotRun() throws Exception {
        Folders.writeEntities(work.resolve("entities"), "net", """
                @Entity public class Host {
                    @Id Long id;
                    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.INET) String address;
                }""");
        try (TestDatabase.Fresh database = TestDatabase.POSTGRESQL.create()) {
            Path migrations = Files.createDirectories(work.resolve("migrations"));
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages("net").entitySources(work.resolve("entities"))
                    .migrationsDir(migrations).migrationsPackage("net")
                    .load();
            RetortException thrown = catchThrowableOfType(RetortException.class, () -> Autogen.of(retort).autogen("hosts"));
            assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
            assertThat(thrown).hasMessageContaining("column Host.address: INET cannot be created on H2, MariaDB, MySQL, Oracle");
            try (var files = Files.list(migrations)) {
                assertThat(files).as("nothing written").isEmpty();
            }
        }
    }
}
