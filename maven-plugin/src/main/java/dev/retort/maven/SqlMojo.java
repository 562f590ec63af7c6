package dev.retort.maven;

import dev.retort.Retort;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort upgrade --sql} (or {@code downgrade --sql}): the revisions in {@code retort.range}
 * ({@code [FROM:]TO}) as a SQL script for a DBA, written to {@code retort.output} or the log;
 * nothing connects ({@code retort.dialect}, or the URL, says which database's SQL).
 */
@Mojo(name = "sql", threadSafe = true)
public final class SqlMojo extends RetortMojo {

    /** {@code [FROM:]TO}; by default {@code head} for an upgrade, and required for a downgrade. */
    @Parameter(property = "retort.range")
    private String range;

    /** {@code upgrade} or {@code downgrade}. */
    @Parameter(property = "retort.direction", defaultValue = "upgrade")
    private String direction;

    @Parameter(property = "retort.output")
    private File output;

    @Override
    protected void run(Retort retort) throws MojoExecutionException {
        String script = switch (direction) {
            case "upgrade" -> retort.upgradeSql(range == null ? "head" : range);
            case "downgrade" -> {
                if (range == null) {
                    throw new MojoExecutionException("a downgrade script needs retort.range=FROM:TO (e.g. head:base)");
                }
                yield retort.downgradeSql(range);
            }
            default -> throw new MojoExecutionException("retort.direction is upgrade or downgrade, not '" + direction + "'");
        };
        if (output == null) {
            script.lines().forEach(getLog()::info);
            return;
        }
        try {
            Files.createDirectories(output.toPath().toAbsolutePath().getParent());
            Files.writeString(output.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + output);
    }
}
