package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.revision.RevisionGraph;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code retort current}: the revision the database is at, and whether that is the head of the revision files. */
@Mojo(name = "current", threadSafe = true)
public final class CurrentMojo extends RetortMojo {

    @Override
    protected void run(Retort retort) {
        Retort.Status status = retort.current();
        getLog().info(RevisionGraph.describe(status.heads()) + (status.atHead() ? " (head)" : " (the revision files end at " + RevisionGraph.describe(status.fileHeads()) + ")"));
        status.changed().forEach(getLog()::warn);
    }
}
