package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import dev.retort.compile.JavaSources;
import dev.retort.ops.ExecuteSql;
import dev.retort.runner.Checksums;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionLoaderTest {

    @TempDir
    Path work;

    private void write(String name, String body) throws IOException {
        Path file = work.resolve("migrations/app/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package app;\n\nimport dev.retort.ops.Ops;\nimport dev.retort.revision.*;\n\n" + body + "\n");
    }

    private String sqlOfTheRevision(RevisionLoader loader) {
        RevisionInfo revision = loader.fromSources(work.resolve("migrations")).get("aaaaaaaaaaa1");
        return ((ExecuteSql) revision.upgradeOperations().get(0)).sql();
    }

    /** A helper whose comment mentions the annotation declares no revision for all that. */
    private static String names(String table) {
        return "/**\n * Names every @Revision(...) here uses.\n */\nfinal class Names { static final String TABLE = \"" + table + "\"; }";
    }

    /** R1, whose SQL names the table {@code Names.TABLE} holds. */
    private void writeRevisionUsingNames() throws IOException {
        write("R1", """
                @Revision(id = "aaaaaaaaaaa1", parents = {}, message = "one", created = "2026-11-26T00:00:00Z")
                public final class R1 implements Migration {
                    public void upgrade(Ops op) { op.execute("create table " + Names.TABLE + " (id int)"); }
                    public void downgrade(Ops op) { op.execute("drop table " + Names.TABLE); }
                }""");
    }

    /** A constant is compiled into the revision that uses it: the cached revision must not outlive a change of it. */
    @Test
    void aRevisionIsCompiledAgainWhenAHelperBesideItChanges() throws IOException {
        write("Names", names("alpha"));
        writeRevisionUsingNames();
        RevisionLoader loader = new RevisionLoader(new JavaSources(work.resolve("cache")));
        assertThat(sqlOfTheRevision(loader)).isEqualTo("create table alpha (id int)");

        write("Names", names("beta"));

        assertThat(sqlOfTheRevision(loader)).isEqualTo("create table beta (id int)");
    }

    /**
     * A revision compiled from source keeps its checksum beside its class, so {@code current} does
     * not record and spell every operation again; the kept value is what is read back, and a changed
     * helper (which changes what the revision does, not its file) is compiled anew with a new one.
     */
    @Test
    void aRevisionKeepsItsChecksumUntilItOrAHelperChanges() throws IOException {
        write("Names", names("alpha"));
        writeRevisionUsingNames();
        RevisionLoader loader = new RevisionLoader(new JavaSources(work.resolve("cache")));
        RevisionInfo revision = loader.fromSources(work.resolve("migrations")).get("aaaaaaaaaaa1");
        String computed = Checksums.of(withoutKeptChecksum(revision));

        assertThat(Checksums.of(revision)).isEqualTo(computed);
        assertThat(revision.checksumFile()).hasContent(computed);
        Files.writeString(revision.checksumFile(), "0".repeat(64));
        assertThat(Checksums.of(loader.fromSources(work.resolve("migrations")).get("aaaaaaaaaaa1"))).as("read back, not computed")
                .isEqualTo("0".repeat(64));

        write("Names", names("beta"));

        RevisionInfo changed = loader.fromSources(work.resolve("migrations")).get("aaaaaaaaaaa1");
        assertThat(Checksums.of(changed)).isEqualTo(Checksums.of(withoutKeptChecksum(changed))).isNotEqualTo(computed);
    }

    private static RevisionInfo withoutKeptChecksum(RevisionInfo revision) {
        return new RevisionInfo(revision.id(), revision.parents(), revision.message(), revision.created(), revision.origin(),
                revision.migration());
    }

    /**
     * A hand-written revision that is not public (nor its constructor) is still a revision: it was
     * silently left out, and its child was then blamed for a missing parent. One that cannot be made
     * at all is an error naming its file.
     */
    @Test
    void aRevisionThatIsNotPublicIsStillLoaded() throws IOException {
        write("R1", """
                @Revision(id = "aaaaaaaaaaa1", parents = {}, message = "one", created = "2026-11-26T00:00:00Z")
                final class R1 implements Migration {
                    R1() {}
                    public void upgrade(Ops op) { op.execute("create table one (id int)"); }
                    public void downgrade(Ops op) { op.execute("drop table one"); }
                }""");
        write("R2", """
                @Revision(id = "aaaaaaaaaaa2", parents = {"aaaaaaaaaaa1"}, message = "two", created = "2026-11-26T00:00:01Z")
                public final class R2 implements Migration {
                    public void upgrade(Ops op) { op.execute("create table two (id int)"); }
                    public void downgrade(Ops op) { op.execute("drop table two"); }
                }""");
        RevisionGraph graph = new RevisionLoader(new JavaSources(work.resolve("cache"))).fromSources(work.resolve("migrations"));

        assertThat(graph.heads()).containsExactly("aaaaaaaaaaa2");
        assertThat(graph.get("aaaaaaaaaaa1").message()).isEqualTo("one");
    }

    @Test
    void aRevisionThatCannotBeMadeIsAnErrorNamingItsFile() throws IOException {
        write("R1", """
                @Revision(id = "aaaaaaaaaaa1", parents = {}, message = "one", created = "2026-11-26T00:00:00Z")
                public final class R1 implements Migration {
                    public R1(String needed) {}
                    public void upgrade(Ops op) {}
                    public void downgrade(Ops op) {}
                }""");
        RevisionLoader loader = new RevisionLoader(new JavaSources(work.resolve("cache")));

        assertThat(catchThrowableOfType(RetortException.class, () -> loader.fromSources(work.resolve("migrations"))))
                .hasMessageContaining("R1.java").hasMessageContaining("cannot load revision aaaaaaaaaaa1");
    }

    /**
     * With a package, revisions are read from its folder only (a project's whole source folder is
     * never compiled as revisions); a revision file elsewhere is an error, not left out in silence.
     */
    @Test
    void withAPackageOnlyItsFolderIsReadAndAStrayRevisionIsNamed() throws IOException {
        Path app = work.resolve("migrations/shop/App.java");
        Files.createDirectories(app.getParent());
        Files.writeString(app, "package shop;\n\npublic class App { this does not compile }\n");
        write("R1", """
                @Revision(id = "aaaaaaaaaaa1", parents = {}, message = "one", created = "2026-01-01T00:00:00Z")
                public final class R1 implements Migration {
                    public void upgrade(Ops op) { op.execute("select 1"); }
                    public void downgrade(Ops op) { }
                }""");
        RevisionLoader loader = new RevisionLoader(new JavaSources(work.resolve("cache")));

        assertThat(loader.fromSources(work.resolve("migrations"), "app").all()).extracting(RevisionInfo::id).containsExactly("aaaaaaaaaaa1");

        Path stray = work.resolve("migrations/shop/R2.java");
        Files.writeString(stray, "package shop;\n\n@dev.retort.revision.Revision(id = \"bbbbbbbbbbb2\", parents = {\"aaaaaaaaaaa1\"}, message = \"two\","
                + " created = \"2026-01-01T00:00:00Z\")\npublic final class R2 { }\n");
        assertThat(catchThrowableOfType(RetortException.class, () -> loader.fromSources(work.resolve("migrations"), "app")))
                .hasMessageContaining("revision file " + stray + " is outside").hasMessageContaining("migrations.package app");
    }
}
