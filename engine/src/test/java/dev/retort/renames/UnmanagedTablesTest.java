package dev.retort.renames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogen;
import dev.retort.autogen.AutogenOptions;
import dev.retort.Retort;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table or sequence another tool owns (no entity maps it, no revision created it) is reported and
 * left alone, and so is a foreign key from a managed table to such a table; --drop-unmanaged drops
 * them, with warnings; tables.exclude hides them. On each database.
 */
abstract class UnmanagedTablesTest {

    @TempDir
    Path work;

    private TestDatabase.Fresh database;

    abstract TestDatabase kind();

    @BeforeEach
    void createDatabaseWithAForeignTable() throws Exception {
        database = kind().create();
        Files.createDirectories(work.resolve("migrations"));
        Path entities = Files.createDirectories(work.resolve("entities/model"));
        Files.writeString(entities.resolve("Book.java"), "package model;\nimport jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"book\") public class Book { @Id Long id; @Column(name = \"publisher_id\") Long publisherId; }\n");
        Retort retort = retort(List.of());
        Autogen.of(retort).autogen("initial");
        retort.upgrade("head");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table legacy_publisher (id bigint not null, name varchar(80), primary key (id))");
            statement.execute("alter table book add constraint fk_book_legacy foreign key (publisher_id) references legacy_publisher (id)");
            statement.execute("create sequence legacy_seq start with 1000");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    private Retort retort(List<String> exclude) {
        Retort.Configuration configuration = Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("model").entitySources(work.resolve("entities"))
                .migrationsDir(work.resolve("migrations")).migrationsPackage("revisions");
        exclude.forEach(configuration::excludeTables);
        return configuration.load();
    }

    @Test
    void aForeignTableTheForeignKeyToItAndAForeignSequenceAreLeftAlone() {
        Autogen.AutogenResult result = Autogen.of(retort(List.of())).autogen("nothing of ours changed");

        assertThat(result.file()).isNull();
        assertThat(result.plan().notes()).hasSize(2).anySatisfy(note -> assertThat(note)
                .containsIgnoringCase("table legacy_publisher").contains("not managed").contains("--drop-unmanaged"))
                .anySatisfy(note -> assertThat(note).containsIgnoringCase("sequence legacy_seq").contains("not managed"));
    }

    @Test
    void dropUnmanagedDropsThemInTheRightOrderWithWarnings() {
        Autogen.AutogenResult result = Autogen.of(retort(List.of())).autogen("drop legacy", new AutogenOptions(List.of(), true, proposal -> false));

        assertThat(result.plan().operations()).extracting(Operation::getClass)
                .containsExactly(DropForeignKey.class, DropTable.class, DropSequence.class);
        assertThat(result.plan().warnings()).anySatisfy(warning -> assertThat(warning)
                .containsIgnoringCase("drops sequence legacy_seq").contains("makes it again at 1000"));
    }

    @Test
    void anExcludedTableIsNotEvenMentioned() {
        Autogen.AutogenResult result = Autogen.of(retort(List.of("legacy_*"))).autogen("nothing");

        assertThat(result.file()).isNull();
        assertThat(result.plan().notes()).isEmpty();
    }
}
