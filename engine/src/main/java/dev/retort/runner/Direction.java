package dev.retort.runner;

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
}
