package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compile.JavaSources;
import dev.retort.ops.ExecuteSql;
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

    /** A constant is compiled into the revision that uses it: the cached revision must not outlive a change of it. */
    @Test
    void aRevisionIsCompiledAgainWhenAHelperBesideItChanges() throws IOException {
        write("Names", names("alpha"));
        write("R1", """
                @Revision(id = "aaaaaaaaaaa1", parents = {}, message = "one", created = "2026-11-26T00:00:00Z")
                public final class R1 implements Migration {
                    public void upgrade(Ops op) { op.execute("create table " + Names.TABLE + " (id int)"); }
                    public void downgrade(Ops op) { op.execute("drop table " + Names.TABLE); }
                }""");
        RevisionLoader loader = new RevisionLoader(new JavaSources(work.resolve("cache")));
        assertThat(sqlOfTheRevision(loader)).isEqualTo("create table alpha (id int)");

        write("Names", names("beta"));

        assertThat(sqlOfTheRevision(loader)).isEqualTo("create table beta (id int)");
    }
}
