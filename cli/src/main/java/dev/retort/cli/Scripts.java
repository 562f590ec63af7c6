package dev.retort.cli;

import java.nio.file.Path;

/** An offline script goes to standard output, or whole into a file. */
final class Scripts {

    private Scripts() {}

    static void emit(RetortCommand retort, String script, Path output) {
        if (output == null) {
            retort.out().print(script);
            retort.out().flush();
        } else {
            Output.write(retort.projectDir().resolve(output), script);
            retort.out().println("Wrote " + retort.display(retort.projectDir().resolve(output)));
        }
    }
}
