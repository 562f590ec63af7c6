package dev.retort.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autogen.Autogen;
import dev.retort.testing.CompiledClasses;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiled entities whose dependency is missing from entities.classpath (as when a Spring Data
 * entity listener's aspects are left out): one line naming the missing class and the entity that
 * needs it, exit 2, instead of an "unexpected error" wrapping an InvocationTargetException.
 */
class MissingDependencyTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "needed by {0}")
    @ValueSource(strings = {"listener", "superclass", "field"})
    void aMissingDependencyIsNamedWithTheEntityThatNeedsIt(String where) throws Exception {
        Path library = compile("library", List.of(), "lib/Auditor.java", """
                package lib;
                public class Auditor { public void touch(Object entity) {} }""", "lib/AuditedBase.java", """
                package lib;
                @jakarta.persistence.MappedSuperclass
                public abstract class AuditedBase { public String createdBy; }""", "lib/Money.java", """
                package lib;
                public class Money implements java.io.Serializable { public long cents; }""");
        List<String> app = new ArrayList<>(List.of("app/AuditListener.java", """
                package app;
                public class AuditListener {
                    private lib.Auditor auditor = new lib.Auditor();
                    public void setAuditor(lib.Auditor auditor) { this.auditor = auditor; }
                    @jakarta.persistence.PrePersist public void stamp(Object entity) { auditor.touch(entity); }
                }"""));
        String annotations = switch (where) {
            case "listener" -> "@jakarta.persistence.EntityListeners(AuditListener.class) ";
            default -> "";
        };
        String parent = where.equals("superclass") ? " extends lib.AuditedBase" : "";
        String field = where.equals("field") ? " public lib.Money price;" : "";
        app.addAll(List.of("app/Invoice.java", "package app;\n" + annotations + "@jakarta.persistence.Entity public class Invoice" + parent
                + " { @jakarta.persistence.Id public Long id;" + field + " }"));
        Path classes = compile("app", List.of(library), app.toArray(String[]::new));

        try (TestDatabase.Fresh database = TestDatabase.H2.create()) {
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages("app").entityClasspath(classes) // lib is missing
                    .migrationsDir(Files.createDirectories(work.resolve("migrations"))).migrationsPackage("m")
                    .load();
            RetortException thrown = catchThrowableOfType(RetortException.class, Autogen.of(retort)::check);
            assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
            assertThat(thrown.getMessage()).contains("lib.", "app.Invoice", "entities.classpath").doesNotContain("InvocationTargetException");
        }
    }

    /** An entity whose static initializer throws is there, not missing: the message says what it threw. */
    @Test
    void anEntityWhoseStaticInitializerFailsIsNotCalledMissing() throws Exception {
        Path classes = compile("broken", List.of(), "app/Invoice.java", """
                package app;
                @jakarta.persistence.Entity public class Invoice {
                    static final int LIMIT = Integer.parseInt("no number");
                    @jakarta.persistence.Id public Long id;
                }""");
        try (TestDatabase.Fresh database = TestDatabase.H2.create()) {
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages("app").entityClasspath(classes)
                    .migrationsDir(Files.createDirectories(work.resolve("migrations"))).migrationsPackage("m")
                    .load();
            RetortException thrown = catchThrowableOfType(RetortException.class, Autogen.of(retort)::check);
            assertThat(thrown.kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
            assertThat(thrown.getMessage()).contains("ExceptionInInitializerError caused by java.lang.NumberFormatException", "no number")
                    .doesNotContain("not on entities.classpath");
        }
    }

    private Path compile(String name, List<Path> classpath, String... pathsAndSources) throws IOException {
        return CompiledClasses.compile(work, name, classpath, pathsAndSources);
    }
}
