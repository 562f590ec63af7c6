package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downloadable CLI as a user meets it: the archive unpacked with tar (and unzip), its launcher
 * run with a Java runtime and no Maven, from the archive and through a symbolic link, on a project
 * of its own.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("retort.version");

    @TempDir
    Path work;

    @Test
    void theUnpackedArchiveRunsWithAJavaRuntimeAlone() throws Exception {
        Path archive = Path.of("target", "retort-" + VERSION + ".tar.gz").toAbsolutePath();
        run(work, "tar", "xzf", archive.toString());
        Path home = work.resolve("retort-" + VERSION);
        assertThat(home.resolve("bin/retort")).isExecutable();
        assertThat(home.resolve("LICENSE")).content().contains("Apache License");
        assertThat(home.resolve("docs/commands.md")).exists();

        Child.Finished version = run(work, home.resolve("bin/retort").toString(), "--version");
        assertThat(version.output().lines().toList()).as("the first run makes the launcher's class archive").hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).isEqualTo("retort: preparing a class archive for faster start-ups"
                        + " (once per Retort and Java version)"))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("retort " + VERSION + " (commit "));
        assertThat(run(work, home.resolve("bin/retort").toString(), "--version").output()).startsWith("retort " + VERSION + " (commit ");

        Path project = work.resolve("project");
        SampleHistory.write(project, "jdbc:h2:./db", "sa", "", "5107da7a0001", "a column", "op.execute(\"alter table department add column code varchar(8)\");",
                "op.execute(\"alter table department drop column code\");");
        Path link = work.resolve("links/retort");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, home.resolve("bin/retort"));
        Child.Finished upgrade = run(work, link.toString(), "-C", project.toString(), "upgrade", "head");
        assertThat(upgrade.output()).contains("Done: the database is at 5107da7a0001");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + project.resolve("db"), "sa", "");
                ResultSet rows = connection.createStatement().executeQuery(
                        "select column_name from information_schema.columns where table_name = 'DEPARTMENT' order by ordinal_position")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
            assertThat(columns).containsExactly("ID", "NAME", "CODE");
        }

        assertThat(Files.readString(home.resolve("bin/retort.cmd"))).as("Windows' launcher, with Windows' line ends")
                .startsWith("@echo off\r\n").contains("-jar \"%RETORT_HOME%\\lib\\retort.jar\" %*\r\n").doesNotContain("\n\n");
        try (JarFile jar = new JarFile(home.resolve("lib/retort.jar").toFile())) {
            assertThat(jar.getEntry("META-INF/retort/hibernate/")).as("the engine's own copy of Hibernate is left out").isNull();
            assertThat(jar.stream().map(JarEntry::getName).filter(name -> name.startsWith("META-INF/retort/hibernate/"))).isEmpty();
        }

        Path zip = Path.of("target", "retort-" + VERSION + ".zip").toAbsolutePath();
        assertThat(files(run(work, "unzip", "-Z1", zip.toString()))).as("the zip holds what the tar holds")
                .isEqualTo(files(run(work, "tar", "tzf", archive.toString())));
    }

    /** A {@code jdbc:mysql:} URL goes through MySQL Connector/J, which the archive brings, here to the local MariaDB server. */
    @Test
    void theArchiveBringsMySqlsDriver() throws Exception {
        Path archive = Path.of("target", "retort-" + VERSION + ".tar.gz").toAbsolutePath();
        run(work, "tar", "xzf", archive.toString());
        Path home = work.resolve("retort-" + VERSION);
        try (JarFile jar = new JarFile(home.resolve("lib/retort.jar").toFile())) {
            assertThat(jar.getEntry("com/mysql/cj/jdbc/Driver.class")).isNotNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(), StandardCharsets.UTF_8))
                    .as("DriverManager finds it, so it takes jdbc:mysql: URLs before the MariaDB driver's fallback")
                    .contains("com.mysql.cj.jdbc.Driver").contains("org.mariadb.jdbc.Driver");
        }
        try (TestDatabase.Fresh database = TestDatabase.MARIADB.create()) {
            Path project = work.resolve("project");
            SampleHistory.write(project, database.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"), database.user(), database.password(),
                    "5107da7a0001", "a column", "op.execute(\"alter table department add column code varchar(8)\");",
                    "op.execute(\"alter table department drop column code\");");
            Child.Finished upgrade = run(work, home.resolve("bin/retort").toString(), "-C", project.toString(), "upgrade", "head");
            assertThat(upgrade.output()).contains("Done: the database is at 5107da7a0001");
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                    ResultSet rows = connection.createStatement().executeQuery("select column_name from information_schema.columns"
                            + " where table_schema = database() and table_name = 'department' order by ordinal_position")) {
                List<String> columns = new ArrayList<>();
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
                assertThat(columns).containsExactly("id", "name", "code");
            }
        }
    }

    private static List<String> files(Child.Finished listing) {
        return listing.output().lines().filter(line -> !line.endsWith("/")).sorted().toList();
    }

    /** Runs a command with only a Java runtime and a POSIX shell's usual tools on the PATH: no Maven, no JDK tools. */
    private Child.Finished run(Path directory, String... command) throws Exception {
        Path tools = work.resolve("path");
        if (!Files.exists(tools)) {
            Files.createDirectories(tools);
            for (String tool : List.of("sh", "readlink", "dirname", "ls", "cksum", "cut", "mkdir", "mv", "rm", "tar", "gzip", "unzip")) {
                Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
            }
            Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.put("RETORT_CACHE_DIR", work.resolve("cache").toString());
        environment.put("PATH", tools.toString());
        Child.Finished finished = Child.start(builder).await(Duration.ofMinutes(2));
        assertThat(finished.exitCode()).as(String.join(" ", command) + "\n" + finished.output()).isZero();
        return finished;
    }
}
