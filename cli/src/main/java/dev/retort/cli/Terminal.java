package dev.retort.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Whether colour may be used on standard output (or, with {@code errors}, standard error): a terminal, and {@code NO_COLOR} unset (no-color.org). */
    default boolean colours(boolean errors) {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty()) && isTerminal(errors ? 2 : 1);
    }

    /**
     * Whether a standard stream is a terminal, where Linux says so ({@code /proc/self/fd}): Java
     * 17 tells only of standard input and output together, and Java 22 to 24 say "a console" even
     * for a pipe. Elsewhere, {@link #interactive()} is the answer.
     */
    static boolean isTerminal(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    String ask(String question);
}
