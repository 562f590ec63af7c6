package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear line and exit 2; a failed operation exit 1; never a stack trace without --debug. */
class ErrorsTest {

    @TempDir
    Path project;

    private void config(String... lines) throws IOException {
        Files.writeString(project.resolve("retort.properties"), String.join("\n", lines) + "\n");
    }

    private void validConfig(String url) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Cli.copyTree(Cli.sampleEntities(), project.resolve("entities"));
        config("url=" + url, "user=sa", "entities.packages=dev.retort.sample.model", "entities.sources=entities",
                "migrations.dir=migrations", "migrations.package=app.migrations");
    }

    private static void assertOneLine(Cli.Run run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("retort: ").contains(fragments).doesNotContain("\tat ", "Exception");
    }

    @Test
    void missingConfigSaysToRunInit() {
        assertOneLine(Cli.retort(project, "current"), 2, "retort.properties", "retort init");
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() throws IOException {
        config("url=jdbc:h2:./db", "entity.packages=app.model");
        assertOneLine(Cli.retort(project, "current"), 2, "unknown key 'entity.packages'", "did you mean 'entities.packages'?");
    }

    @Test
    void unknownDialectIsBadInput() throws IOException {
        config("url=jdbc:h2:./db", "dialect=sybase", "migrations.dir=migrations");
        assertOneLine(Cli.retort(project, "current"), 2, "unknown dialect 'sybase'");
    }

    @Test
    void missingUrlIsBadInput() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("migrations.dir=migrations");
        assertOneLine(Cli.retort(project, "upgrade", "head"), 2, "no database URL");
    }

    @Test
    void anUnreachableDatabaseFailsWithoutShowingThePassword() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        config("url=jdbc:h2:tcp://127.0.0.1:1/nothing;PASSWORD=url-secret", "user=sa", "password=s3cret-pass",
                "migrations.dir=migrations");
        Cli.Run run = Cli.retort(project, "current");
        assertOneLine(run, 1, "cannot connect to jdbc:h2:tcp://127.0.0.1:1/nothing");
        assertThat(run.err() + run.out()).doesNotContain("s3cret-pass", "url-secret");
    }

    @Test
    void malformedAndImpossibleTargetsAreBadInput() throws IOException {
        validConfig("jdbc:h2:./db");
        assertOneLine(Cli.retort(project, "upgrade", "++1"), 2, "malformed target '++1'");
        assertOneLine(Cli.retort(project, "downgrade", "-1"), 2, "below base");
        assertOneLine(Cli.retort(project, "upgrade", "head"), 2, "no revisions yet");
    }

    @Test
    void autogenNeedsAMessage() throws IOException {
        validConfig("jdbc:h2:./db");
        assertThat(Cli.retort(project, "autogen").exitCode()).isEqualTo(2);
        assertOneLine(Cli.retort(project, "autogen", "-m", "  "), 2, "-m needs a message");
    }

    @Test
    void autogenRefusesWhenTheDatabaseIsNotAtHead() throws IOException {
        validConfig("jdbc:h2:./db");
        assertThat(Cli.retort(project, "autogen", "-m", "initial").exitCode()).isZero();
        assertOneLine(Cli.retort(project, "autogen", "-m", "again"), 1, "not at head", "retort upgrade head");
        assertThat(Cli.javaFiles(project.resolve("migrations"))).hasSize(1);
    }

    @Test
    void aRevisionThatDoesNotCompileNamesFileAndLine() throws IOException {
        validConfig("jdbc:h2:./db");
        Path broken = Files.createDirectories(project.resolve("migrations/app/migrations")).resolve("Broken.java");
        Files.writeString(broken, "package app.migrations;\nclass Broken {\n  int x = ;\n}\n");
        assertOneLine(Cli.retort(project, "upgrade", "head"), 2, broken + ":3:", "does not compile");
    }

    @Test
    void entitiesThatDoNotCompileAreBadInput() throws IOException {
        validConfig("jdbc:h2:./db");
        Path employee = project.resolve("entities/Employee.java");
        Files.writeString(employee, Files.readString(employee).replace("private String phone;", "private Strin phone;"));
        assertOneLine(Cli.retort(project, "autogen", "-m", "x"), 2, "Employee.java:", "does not compile");
    }

    @Test
    void aPackageWithoutEntitiesIsBadInput() throws IOException {
        validConfig("jdbc:h2:./db");
        String config = Files.readString(project.resolve("retort.properties")).replace("dev.retort.sample.model", "no.such.pkg");
        Files.writeString(project.resolve("retort.properties"), config);
        assertOneLine(Cli.retort(project, "autogen", "-m", "x"), 2, "no @Entity classes in package no.such.pkg");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        config("url=jdbc:h2:./db", "entity.packages=app.model");
        Cli.Run run = Cli.retort(project, "--debug", "current");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ", "RetortException");
    }
}
