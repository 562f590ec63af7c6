package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.compile.ClassPaths;
import dev.retort.autogen.Autogen;
import dev.retort.compile.JavaSources;
import com.palantir.javapoet.CodeBlock;
import io.github.classgraph.ClassGraph;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project built on Hibernate 6.6 and JPA 3.1 (Spring Boot 3's) autogenerates from its compiled
 * entities with Retort's Hibernate 7.4: named on the entity class path (the CLI, the Maven plugin),
 * and from inside the application, whose class path then has Hibernate 6.6 in place of Retort's.
 */
class Hibernate66ModelTest {

    private static final Path HIBERNATE_66 = Path.of("target", "hibernate-6.6");

    @TempDir
    Path work;

    private List<Path> hibernate66;
    private Path classes;

    @BeforeEach
    void compileAgainstHibernate66() throws IOException {
        try (Stream<Path> files = Files.list(HIBERNATE_66)) {
            hibernate66 = files.map(Path::toAbsolutePath).sorted().toList();
        }
        assertThat(hibernate66).anyMatch(jar -> jar.getFileName().toString().startsWith("hibernate-core-6.6."))
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
        classes = work.resolve("classes");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                String.join(File.pathSeparator, hibernate66.stream().map(Path::toString).toList()), source.toString());
        assertThat(compiled).as("compiled against Hibernate 6.6 and JPA 3.1 alone").isZero();
    }

    @Test
    void entitiesCompiledAgainstHibernate66Autogenerate() throws Exception {
        List<Path> entityClasspath = new ArrayList<>(List.of(classes));
        entityClasspath.addAll(hibernate66); // as the project's dependencies are: its own Hibernate among them
        Files.createDirectories(work.resolve("migrations"));
        String url = "jdbc:h2:" + work.resolve("db").toAbsolutePath();
        Retort retort = Retort.configure().url(url).user("sa").entityPackages("app").entityClasspath(entityClasspath.toArray(Path[]::new))
                .migrationsDir(work.resolve("migrations")).migrationsPackage("app.migrations").load();

        assertThat(Autogen.of(retort).autogen("things").file()).exists();
        retort.upgrade("head");
        assertThat(Autogen.of(retort).check().drift()).isFalse();
        assertThat(columns(url)).containsExactly("COUNT INTEGER 0 NO", "ID BIGINT null NO", "NAME CHARACTER VARYING null NO");
    }

    /**
     * The application's class path holds the engine, Hibernate 6.6 instead of 7.4 (as Maven's nearest
     * version wins), and its entities. The engine as this build leaves it (a folder of classes) and as
     * an application gets it (its jar, whose Hibernate is copied out into java.io.tmpdir) both write a
     * revision that creates what the CLI's does, and nothing of Hibernate's boot reaches the output.
     */
    @Test
    void anApplicationOnHibernate66AutogeneratesFromItsOwnClassPath() throws Exception {
        Path engineClasses = ClassPaths.location(Autogen.class).orElseThrow();
        assertThat(engineClasses.resolve("META-INF/retort/hibernate")).as("the build copies Retort's Hibernate into the engine").isDirectory();
        Path engineJar = jar(engineClasses, work.resolve("retort-engine.jar"));
        Path tmp = Files.createDirectories(work.resolve("tmp"));

        for (Path engine : List.of(engineClasses, engineJar)) {
            List<Path> classPath = applicationClassPath(engine);
            assertThat(classPath).noneMatch(entry -> entry.getFileName().toString().startsWith("hibernate-core-7"));
            Path migrations = Files.createDirectories(work.resolve("migrations-" + engine.getFileName()));
            String url = "jdbc:h2:" + work.resolve("db-" + engine.getFileName()).toAbsolutePath();

            String printed = ChildJvm.run(classPath, List.of("-Djava.io.tmpdir=" + tmp), AutogenProbe.class, url, migrations.toString());

            assertThat(printed).as(engine.toString()).startsWith("application hibernate 6.6.").contains("\nwrote ").endsWith("drift false\n")
                    .doesNotContain("HHH").doesNotContain("INFO");
            assertThat(columns(url)).containsExactly("COUNT INTEGER 0 NO", "ID BIGINT null NO", "NAME CHARACTER VARYING null NO");
        }
        List<Path> copies;
        try (Stream<Path> copied = Files.list(tmp)) {
            copies = copied.filter(folder -> folder.getFileName().toString().startsWith("retort-hibernate-")).toList();
        }
        assertThat(copies).hasSize(1);
        Path shared = copies.get(0);
        assertThat(shared.resolve("hibernate-core-" + org.hibernate.Version.getVersionString() + ".jar")).as("the jar's Hibernate, copied out")
                .isRegularFile();

        // where the shared copy cannot be written (here a file stands in its place), a run makes its own and removes it as it ends
        JavaSources.deleteTree(shared);
        Files.writeString(shared, "not a folder");
        Path migrations = Files.createDirectories(work.resolve("migrations-own-copy"));
        String printed = ChildJvm.run(applicationClassPath(engineJar), List.of("-Djava.io.tmpdir=" + tmp), AutogenProbe.class,
                "jdbc:h2:" + work.resolve("db-own-copy").toAbsolutePath(), migrations.toString());
        assertThat(printed).endsWith("drift false\n");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.toList()).containsExactly(shared);
        }
    }

    /** The runtime and its libraries, H2, the probe, the engine, Hibernate 6.6 and the entities. */
    private List<Path> applicationClassPath(Path engine) {
        List<Path> classPath = new ArrayList<>(Stream.of(Retort.class, ClassGraph.class, CodeBlock.class, org.h2.Driver.class,
                AutogenProbe.class).map(ClassPaths::location).map(Optional::orElseThrow).toList());
        classPath.add(engine);
        classPath.addAll(hibernate66);
        classPath.add(classes);
        return classPath;
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> columns(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select column_name, data_type, column_default, is_nullable"
                        + " from information_schema.columns where table_name = 'THING' order by column_name")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
            }
            return columns;
        }
    }
}
