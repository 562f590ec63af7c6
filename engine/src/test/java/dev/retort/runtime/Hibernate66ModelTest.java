package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project built on Hibernate 6.6 and JPA 3.1 (Spring Boot 3's) autogenerates from its compiled
 * entities, its own Hibernate on the entity class path: Retort reads them with its Hibernate 7.4.
 */
class Hibernate66ModelTest {

    private static final Path HIBERNATE_66 = Path.of("target", "hibernate-6.6");

    @TempDir
    Path work;

    @Test
    void entitiesCompiledAgainstHibernate66Autogenerate() throws Exception {
        List<Path> jars;
        try (Stream<Path> files = Files.list(HIBERNATE_66)) {
            jars = files.map(Path::toAbsolutePath).sorted().toList();
        }
        assertThat(jars).anyMatch(jar -> jar.getFileName().toString().startsWith("hibernate-core-6.6."))
                .anyMatch(jar -> jar.getFileName().toString().equals("jakarta.persistence-api-3.1.0.jar"));
        Path source = work.resolve("src/app/Thing.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package app;

                import jakarta.persistence.*;
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                public class Thing {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ColumnDefault("0") int count;
                    @Column(length = 50, nullable = false) String name;
                }
                """);
        Path classes = work.resolve("classes");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()), source.toString());
        assertThat(compiled).as("compiled against Hibernate 6.6 and JPA 3.1 alone").isZero();

        List<Path> entityClasspath = new ArrayList<>(List.of(classes));
        entityClasspath.addAll(jars); // as the project's dependencies are: its own Hibernate among them
        Files.createDirectories(work.resolve("migrations"));
        String url = "jdbc:h2:" + work.resolve("db").toAbsolutePath();
        Retort retort = Retort.configure().url(url).user("sa").entityPackages("app").entityClasspath(entityClasspath.toArray(Path[]::new))
                .migrationsDir(work.resolve("migrations")).migrationsPackage("app.migrations").load();

        assertThat(Autogen.of(retort).autogen("things").file()).exists();
        retort.upgrade("head");
        assertThat(Autogen.of(retort).check().drift()).isFalse();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select column_name, data_type, column_default, is_nullable"
                        + " from information_schema.columns where table_name = 'THING' order by column_name")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
            }
            assertThat(columns).containsExactly("COUNT INTEGER 0 NO", "ID BIGINT null NO", "NAME CHARACTER VARYING null NO");
        }
    }
}
