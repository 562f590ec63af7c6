package dev.retort.appmodel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.autogen.RetortAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one call an application's tests make: its revisions build what its entities describe, or the test fails saying what differs. */
class RetortAssertionsTest {

    @TempDir
    Path work;

    @Test
    void revisionsThatMatchPassAndMissingOnesFailNamingTheDifference() throws Exception {
        Files.createDirectories(work.resolve("migrations"));
        Retort.Configuration configuration = Retort.configure().user("sa").entityPackages("dev.retort.appmodel")
                .migrationsDir(work.resolve("migrations")).migrationsPackage("app.migrations");

        AssertionError missing = catchThrowableOfType(AssertionError.class, () ->
                RetortAssertions.assertEntitiesMatchMigrations(configuration.url("jdbc:h2:mem:missing").load()));
        assertThat(missing).hasMessageContaining("autogen would write:").hasMessageContaining("create table Book");

        Autogen.of(configuration.url("jdbc:h2:mem:writer").load()).autogen("books");
        assertThatCode(() -> RetortAssertions.assertEntitiesMatchMigrations(configuration.url("jdbc:h2:" + work.resolve("fresh")).load()))
                .doesNotThrowAnyException();
    }
}
