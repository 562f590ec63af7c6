package dev.retort.appmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inside an application (or its tests) the entities are already on the class path: naming their
 * package is enough, with no entity sources or class path to configure.
 */
class ApplicationClassPathTest {

    @TempDir
    Path work;

    @Test
    void entitiesAreFoundOnTheApplicationsClassPath() throws Exception {
        String url = "jdbc:h2:" + work.resolve("db").toAbsolutePath();
        Files.createDirectories(work.resolve("migrations"));
        Retort retort = Retort.configure().url(url).user("sa").entityPackages("dev.retort.appmodel")
                .migrationsDir(work.resolve("migrations")).migrationsPackage("app.migrations").load();
        Autogen autogen = Autogen.of(retort);

        assertThat(autogen.autogen("books").file()).exists();
        retort.upgrade("head");

        assertThat(columns(url)).containsExactly("ID BIGINT NO", "TITLE CHARACTER VARYING NO");
        assertThat(autogen.check().drift()).isFalse();
    }

    private static List<String> columns(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select column_name, data_type, is_nullable"
                        + " from information_schema.columns where table_name = 'BOOK' order by column_name")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            return columns;
        }
    }

    /** Classes listed one by one, as an application that knows its entities names them, need no package scan. */
    @Test
    void entitiesListedByClass() throws Exception {
        Files.createDirectories(work.resolve("migrations"));
        Retort retort = Retort.configure().url("jdbc:h2:" + work.resolve("listed").toAbsolutePath()).user("sa").entities(Book.class)
                .migrationsDir(work.resolve("migrations")).migrationsPackage("app.migrations").load();

        assertThat(retort.config().entityClasses()).containsExactly("dev.retort.appmodel.Book");
        assertThat(Autogen.of(retort).autogen("books").plan().operations()).extracting(operation -> operation.describe())
                .contains("create table Book");
    }
}
