package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.compile.ClassPaths;
import dev.retort.testing.TestRevisions;
import io.github.classgraph.ClassGraph;
import com.palantir.javapoet.CodeBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application with only the runtime applies revisions: without Hibernate on its class path, and
 * with Hibernate 6.6 (Spring Boot 3's) there instead of Retort's 7.4, and in both it renders the same
 * SQL, byte for byte, as Retort does with Hibernate 7.4 beside it (the CLI, this test's own JVM).
 */
class HibernateFreeRuntimeTest {

    /** Hibernate 6.6, which the build copies here (engine/pom.xml), never on this test's own class path. */
    private static final Path HIBERNATE_66 = Path.of("target", "hibernate-6.6");

    @TempDir
    Path work;

    @Test
    void revisionsApplyAndRenderAlikeWithNoHibernateOrHibernate66() throws Exception {
        Path migrations = writeRevision();
        String expected = scripts(migrations);

        List<Path> runtime = Stream.of(Retort.class, ClassGraph.class, CodeBlock.class, org.h2.Driver.class, RuntimeProbe.class)
                .map(ClassPaths::location).map(Optional::orElseThrow).toList();
        assertThat(runtime).noneMatch(entry -> entry.toString().contains("hibernate"));
        List<Path> withHibernate66 = new ArrayList<>(runtime);
        try (var jars = Files.list(HIBERNATE_66)) {
            jars.forEach(withHibernate66::add);
        }
        assertThat(withHibernate66).anyMatch(entry -> entry.getFileName().toString().startsWith("hibernate-core-6.6."));

        for (List<Path> classPath : List.of(runtime, withHibernate66)) {
            String url = "jdbc:h2:" + work.resolve("db" + classPath.size()).toAbsolutePath();
            String printed = probe(classPath, url, migrations);
            assertThat(printed).as(classPath.toString()).endsWith("-- upgraded\n");
            assertThat(printed.substring(0, printed.indexOf("-- upgraded"))).as(classPath.toString()).isEqualTo(expected);
            assertThat(columns(url)).containsExactly("ID BIGINT", "NAME CHARACTER VARYING", "PRICE NUMERIC", "SEEN TIMESTAMP WITH TIME ZONE",
                    "STATE ENUM", "TOKEN UUID", "BODY CHARACTER LARGE OBJECT");
        }
    }

    /** What this JVM, with Hibernate 7.4 beside the runtime, prints for the same revisions. */
    private static String scripts(Path migrations) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            RuntimeProbe.main(new String[] {"jdbc:h2:mem:scripts", migrations.toString()});
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        return printed.substring(0, printed.indexOf("-- upgraded"));
    }

    private Path writeRevision() throws IOException {
        String item = """
                table("item")
                                .column(column("id", bigint()).notNull().asIdentity())
                                .column(column("name", varchar(20000)).notNull())
                                .column(column("price", numeric(10, 2)))
                                .column(column("seen", timestampTz(6)))
                                .column(column("state", enumOf("NEW", "SOLD")))
                                .column(column("token", uuid()))
                                .column(column("body", clob()))
                                .primaryKey("id")""";
        TestRevisions.writeSource(work.resolve("migrations"), "probe", "0a1b2c3d4e5f", null, "probe",
                "op.createTable(" + item + ");\n        op.createIndex(\"item\", index(\"ix_item_name\", \"name\"));",
                "op.dropIndex(\"item\", index(\"ix_item_name\", \"name\"));\n        op.dropTable(table(\"item\"));");
        return work.resolve("migrations");
    }

    private static String probe(List<Path> classPath, String url, Path migrations) throws IOException, InterruptedException {
        return ChildJvm.run(classPath, List.of(), RuntimeProbe.class, url, migrations.toString());
    }

    private static List<String> columns(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select column_name, data_type from information_schema.columns"
                        + " where table_name = 'ITEM' order by ordinal_position")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2));
            }
            return columns;
        }
    }
}
