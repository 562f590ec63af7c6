package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.ops.Operation;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort check}: fails the build, listing the differences, when the entities and the database differ. */
@Mojo(name = "check", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class CheckMojo extends RetortMojo {

    @Override
    protected boolean needsEntities() {
        return true;
    }

    @Override
    protected void run(Retort retort) throws MojoFailureException {
        Autogen.CheckResult result = Autogen.of(retort).check();
        result.plan().notes().forEach(note -> getLog().info("Note: " + note));
        if (result.drift()) {
            StringBuilder differences = new StringBuilder("The database differs from the entities:");
            for (Operation operation : result.plan().operations()) {
                differences.append("\n  ").append(operation.describe());
            }
            throw new MojoFailureException(differences.toString());
        }
        getLog().info("The database matches the entities.");
    }
}
