package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.compile.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated text to a file whole or not at all: a temporary file in the same folder, then a move. */
final class Output {

    private Output() {}

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, text);
        } catch (IOException e) {
            throw RetortException.badInput("cannot write " + file + ": " + e.getMessage());
        }
    }
}
