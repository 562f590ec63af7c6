package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "init",
        description = "Create retort.properties (every key, commented) and an empty migrations folder.",
        footer = {"", "Example:", "  retort init myproject"})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder to initialise (default: the -C folder or the current one).")
    Path directory;

    @Override
    public Integer call() {
        Path folder = directory == null ? retort.projectDir() : retort.projectDir().resolve(directory).normalize();
        Path config = folder.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(config)) {
            throw RetortException.badInput(config + " already exists; not overwriting it");
        }
        try {
            Files.createDirectories(folder.resolve("migrations"));
            Files.writeString(config, ConfigLoader.template(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw RetortException.badInput(config + " already exists; not overwriting it");
        } catch (IOException e) {
            throw RetortException.badInput("cannot initialise " + folder + ": " + e.getMessage());
        }
        retort.out().println("Created " + retort.display(config));
        retort.out().println("Created " + retort.display(folder.resolve("migrations")) + "/");
        retort.out().println("Next: set url and entities.packages (plus entities.sources or entities.classpath) in "
                + ConfigLoader.FILE_NAME + ", then run 'retort autogen -m \"initial migration\"'.");
        return 0;
    }
}
