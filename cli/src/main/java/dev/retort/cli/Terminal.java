package dev.retort.cli;

import java.io.Console;

/** The user at a terminal, when there is one: guessed renames are asked, never assumed. */
interface Terminal {

    /** The process's console; absent when input or output is redirected (CI, pipes). */
    Terminal SYSTEM = new Terminal() {
        @Override
        public boolean interactive() {
            return System.console() != null;
        }

        @Override
        public String ask(String question) {
            Console console = System.console();
            String answer = console == null ? null : console.readLine("%s", question);
            return answer == null ? "" : answer;
        }
    };

    boolean interactive();

    /** Whether colour may be used: a terminal, and {@code NO_COLOR} not set (no-color.org). */
    default boolean colours() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty());
    }

    String ask(String question);
}
