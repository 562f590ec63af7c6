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

    /** One line per applied revision whose operations differ from the checksum recorded when it ran. */
    public static List<String> changedSinceApplied(RevisionGraph graph, Set<String> heads, Map<String, String> applied) {
        List<String> changed = new ArrayList<>();
        Set<String> ancestors = graph.ancestors(heads);
        for (RevisionInfo revision : graph.all()) {
            String recorded = applied.get(revision.id());
            if (ancestors.contains(revision.id()) && recorded != null && !recorded.equals(Checksums.of(revision.upgradeOperations()))) {
                changed.add("revision " + revision.label() + " (" + revision.origin() + ") has changed since it was applied");
            }
        }
        return changed;
    }
}
