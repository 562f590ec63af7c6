package dev.retort.cli;

import dev.retort.RetortException;
import picocli.CommandLine.Option;

/** The {@code -m} of the commands that write a revision: what it does, which also names its file. */
final class MessageOption {

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does; also names its file.")
    private String message;

    String value() {
        if (message.isBlank()) {
            throw RetortException.badInput("-m needs a message saying what the revision does");
        }
        return message.strip();
    }
}
