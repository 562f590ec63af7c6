package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.autogen.AutogenOptions;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort autogen -m}: compares the project's compiled entities with the database and writes
 * a revision when they differ. Compile first ({@code mvn compile retort:autogen -Dretort.message=...}).
 */
@Mojo(name = "autogen", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class AutogenMojo extends RetortMojo {

    @Parameter(property = "retort.message", required = true)
    private String message;

    /** Renames to apply, {@code table.old=new} or {@code old=new}, comma-separated. */
    @Parameter(property = "retort.renames")
    private List<String> renames;

    /** Also drop tables and sequences no entity maps and no revision created. */
    @Parameter(property = "retort.dropUnmanaged", defaultValue = "false")
    private boolean dropUnmanaged;

    @Override
    protected boolean needsEntities() {
        return true;
    }

    @Override
    protected void run(Retort retort) {
        Autogen.AutogenResult result = Autogen.of(retort).autogen(message,
                new AutogenOptions(renames == null ? List.of() : renames, dropUnmanaged, proposal -> false));
        result.plan().warnings().forEach(getLog()::warn);
        result.plan().notes().forEach(note -> getLog().info("Note: " + note));
        if (result.file() == null) {
            getLog().info("No changes detected; no revision written.");
        } else {
            result.plan().operations().forEach(operation -> getLog().info("Detected " + operation.describe()));
            getLog().info("Generated " + result.file());
        }
    }
}
