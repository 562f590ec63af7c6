package dev.retort.runner;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.util.Set;

public enum Direction {
    UPGRADE("upgrade"),
    DOWNGRADE("downgrade");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The heads once {@code revision} is applied (up) or reverted (down) from {@code heads}. */
    public Set<String> headsAfter(RevisionGraph graph, Set<String> heads, RevisionInfo revision) {
        return this == UPGRADE ? graph.headsAfterUpgrade(heads, revision) : graph.headsAfterDowngrade(heads, revision);
    }

    /** {@code parent -> id} up, {@code id -> parent} down, with {@code base} for no parent. */
    public String arrow(RevisionInfo revision) {
        String parents = revision.parents().isEmpty() ? "base" : String.join(",", revision.parents());
        return this == UPGRADE ? parents + " -> " + revision.id() : revision.id() + " -> " + parents;
    }
}
