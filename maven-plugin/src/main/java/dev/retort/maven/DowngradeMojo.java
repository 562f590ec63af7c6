package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort downgrade}: reverts revisions down to {@code retort.target} ({@code -1}, a revision, {@code base}). */
@Mojo(name = "downgrade", threadSafe = true)
public final class DowngradeMojo extends RetortMojo {

    @Parameter(property = "retort.target", required = true)
    private String target;

    @Override
    protected void run(Retort retort) {
        closing(retort.downgrade(target));
    }
}
