package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundTruthPostgresTest extends GroundTruthTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    /**
     * Types only PostgreSQL has, named in a columnDefinition: a table declared with them shows no
     * drift, and Retort builds them as written (before, each became the field's varchar(255), and
     * autogen proposed narrowing the existing columns to it).
     */
    @Test
    void postgresTypesNamedInAColumnDefinitionAreBuiltAndReadAsWritten() throws Exception {
        Path sources = work.resolve("notes");
        Files.createDirectories(sources.resolve("app"));
        Files.writeString(sources.resolve("app/Note.java"), """
                package app;
                import jakarta.persistence.*;
                @Entity public class Note {
                    @Id Long id;
                    @Column(columnDefinition = "jsonb") String doc;
                    @Column(columnDefinition = "text not null default ''") String body;
                    @Column(columnDefinition = "inet") String address;
                }
                """);
        try (TestDatabase.Fresh declared = kind().create(); TestDatabase.Fresh ours = kind().create()) {
            try (Connection connection = declared.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create table note (id bigint not null primary key, doc jsonb, body text not null default '', address inet)");
            }
            assertThat(Autogen.of(retort(declared, sources, "declared")).check().plan().operations()).isEmpty();

            Retort retort = retort(ours, sources, "ours");
            Autogen.of(retort).autogen("notes");
            retort.upgrade("head");
            assertThat(columnTypes(ours)).containsExactlyInAnyOrder("id bigint", "doc jsonb", "body text", "address inet");
            assertThat(Autogen.of(retort).check().plan().operations()).isEmpty();
        }
    }

    private Retort retort(TestDatabase.Fresh database, Path sources, String name) throws Exception {
        Path migrations = Files.createDirectories(work.resolve(name + "-migrations"));
        return Retort.configure()
                .url(database.url()).user(database.user()).password(database.password())
                .entityPackages("app").entitySources(sources)
                .migrationsDir(migrations).migrationsPackage(name)
                .load();
    }

    private static List<String> columnTypes(TestDatabase.Fresh database) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select column_name, data_type from information_schema.columns"
                        + " where table_name = 'note' order by ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return columns;
    }
}
