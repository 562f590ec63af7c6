package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A probe application run in a JVM of its own, on exactly the class path a test gives it. */
final class ChildJvm {

    private ChildJvm() {}

    /** What {@code main} printed (output and errors together); it must exit 0 within two minutes. */
    static String run(List<Path> classPath, List<String> jvmOptions, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("probe", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the probe did not finish: " + Files.readString(output));
            }
            String printed = Files.readString(output);
            assertThat(process.exitValue()).as(printed).isZero();
            return printed;
        } finally {
            Files.delete(output);
        }
    }
}
