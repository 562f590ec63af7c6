package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code retort history}: the revisions, newest first, marking the head and, when it answers, where the database is. */
@Mojo(name = "history", threadSafe = true)
public final class HistoryMojo extends RetortMojo {

    @Override
    protected void run(Retort retort) {
        RevisionGraph graph = retort.revisions();
        List<RevisionInfo> revisions = graph.all();
        if (revisions.isEmpty()) {
            getLog().info("No revisions yet.");
            return;
        }
        Set<String> current = retort.headsIfReachable();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            RevisionInfo revision = revisions.get(i);
            getLog().info(graph.historyLine(revision, current));
        }
    }
}
