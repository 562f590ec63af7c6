package dev.retort.runner;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applied revisions whose file now says something else than what ran. */
public final class Integrity {

    private Integrity() {}

    /** The applied revisions whose operations differ from the checksum recorded when they ran (or were last repaired). */
    public static List<RevisionInfo> changed(RevisionGraph graph, Set<String> heads, Map<String, String> applied) {
        List<RevisionInfo> changed = new ArrayList<>();
        Set<String> ancestors = graph.ancestors(heads);
        for (RevisionInfo revision : graph.all()) {
            String recorded = applied.get(revision.id());
            if (ancestors.contains(revision.id()) && recorded != null && !recorded.equals(Checksums.of(revision))) {
                changed.add(revision);
            }
        }
        return changed;
    }

    /** One line per {@link #changed} revision. */
    public static List<String> changedSinceApplied(RevisionGraph graph, Set<String> heads, Map<String, String> applied) {
        return changed(graph, heads, applied).stream()
                .map(revision -> "revision " + revision.label() + " (" + revision.origin() + ") has changed since it was applied").toList();
    }
}
