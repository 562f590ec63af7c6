package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort upgrade}: applies revisions up to {@code retort.target} (default {@code head}). */
@Mojo(name = "upgrade", threadSafe = true)
public final class UpgradeMojo extends RetortMojo {

    @Parameter(property = "retort.target", defaultValue = "head")
    private String target;

    @Override
    protected void run(Retort retort) {
        closing(retort.upgrade(target));
    }
}
