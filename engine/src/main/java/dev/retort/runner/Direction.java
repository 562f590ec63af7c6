package dev.retort.runner;

import dev.retort.revision.RevisionInfo;

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

    /** {@code parent -> id} up, {@code id -> parent} down, with {@code base} for no parent. */
    public String arrow(RevisionInfo revision) {
        String parents = revision.parents().isEmpty() ? "base" : String.join(",", revision.parents());
        return this == UPGRADE ? parents + " -> " + revision.id() : revision.id() + " -> " + parents;
    }
}
