package dev.retort.cli;

/**
 * Colour for people at a terminal: green for revisions applied, yellow for warnings, red for
 * errors. Off when the output goes to a file or a pipe, when {@code NO_COLOR} is set
 * (no-color.org) and with {@code --no-color}, so logs and CI output stay plain text.
 */
record Style(boolean enabled) {

    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RED = "\u001B[31m";
    private static final String RESET = "\u001B[0m";

    String applied(String text) {
        return paint(GREEN, text);
    }

    String warning(String text) {
        return paint(YELLOW, text);
    }

    String error(String text) {
        return paint(RED, text);
    }

    private String paint(String colour, String text) {
        return enabled ? colour + text + RESET : text;
    }
}
