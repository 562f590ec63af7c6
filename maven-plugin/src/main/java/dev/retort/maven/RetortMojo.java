package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.config.ConfigKey;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runner.Direction;
import dev.retort.runner.RunListener;
import dev.retort.runner.Runner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the settings, as Maven users expect them to combine (the plugin's
 * {@code <configuration>}, else {@code -Dretort.*}, over {@code RETORT_*} variables, over
 * {@code retort.properties}), the project's source folder for revisions, and Retort's progress in
 * the build log. Retort's bad-input errors fail the build as such; the rest fail the goal.
 */
abstract class RetortMojo extends AbstractMojo {

    /** Hibernate logs its boot at INFO through java.util.logging; the build log wants Retort's lines (kept: loggers are weakly held). */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** A {@code retort.properties} to start from, used when it exists. */
    @Parameter(property = "retort.configFile", defaultValue = "${project.basedir}/retort.properties")
    private File configFile;

    @Parameter(property = "retort.url")
    private String url;

    @Parameter(property = "retort.user")
    private String user;

    /** Better from {@code RETORT_PASSWORD} or {@code ${env.…}} than written in a pom. */
    @Parameter(property = "retort.password")
    private String password;

    @Parameter(property = "retort.schema")
    private String schema;

    @Parameter(property = "retort.dialect")
    private String dialect;

    /** The revision sources; by default {@code migrations.dir} of the file, else the project's source folder. */
    @Parameter(property = "retort.migrationsDir")
    private File migrationsDir;

    @Parameter(property = "retort.migrationsPackage")
    private String migrationsPackage;

    /** Comma-separated packages of the project's {@code @Entity} classes. */
    @Parameter(property = "retort.entityPackages")
    private String entityPackages;

    /** Skips the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (retort.skip)");
            return;
        }
        HIBERNATE_LOG.setLevel(getLog().isDebugEnabled() ? Level.INFO : Level.SEVERE);
        try {
            run(retort());
        } catch (RetortException e) {
            // the message only: Retort's messages are redacted, a driver's exception below may hold a URL with its password
            if (e.kind() == RetortException.Kind.BAD_INPUT) {
                throw new MojoFailureException("retort: " + e.getMessage());
            }
            throw new MojoExecutionException("retort: " + e.getMessage());
        }
    }

    protected abstract void run(Retort retort) throws MojoExecutionException, MojoFailureException;

    /** The closing line of an upgrade or downgrade, as the CLI prints it. */
    protected void closing(Runner.Result result) {
        getLog().info((result.revisions().isEmpty() ? "Nothing to do" : "Done") + ": the database is at " + RevisionGraph.describe(result.after()) + ".");
    }

    /** The project's compiled classes and dependencies, where its entities and what they use are. */
    protected boolean needsEntities() {
        return false;
    }

    private Retort retort() throws MojoExecutionException {
        Retort.Configuration configuration = Retort.configure().listener(new LogListener()).baseDir(project.getBasedir().toPath());
        if (configFile != null && configFile.isFile()) {
            configuration.configFile(configFile.toPath());
        }
        userProperties().forEach(configuration::setting);
        optional(url, configuration::url);
        optional(user, configuration::user);
        optional(password, configuration::password);
        optional(schema, configuration::schema);
        optional(dialect, configuration::dialect);
        optional(migrationsPackage, configuration::migrationsPackage);
        optional(entityPackages, value -> configuration.entityPackages(value.split("\\s*,\\s*")));
        if (migrationsDir != null) {
            configuration.migrationsDir(migrationsDir.toPath());
        }
        if (needsEntities()) {
            configuration.entityClasspath(projectClasspath().toArray(Path[]::new));
        }
        Retort retort = configuration.load();
        if (retort.config().migrationsDir() == null) { // revisions are sources of the project, under migrations.package
            if (retort.config().migrationsPackage().isEmpty()) {
                throw RetortException.badInput("set migrationsPackage (the package of the revision classes in the project's sources),"
                        + " or migrationsDir to a folder that holds revisions only");
            }
            retort = configuration.migrationsDir(Path.of(project.getBuild().getSourceDirectory())).load();
        }
        return retort;
    }

    /** The goals' own {@code -Dretort.*} parameters, which are not retort.properties keys. */
    private static final Set<String> PARAMETERS = Set.of("configFile", "url", "user", "password", "schema", "dialect", "migrationsDir",
            "migrationsPackage", "entityPackages", "skip", "message", "renames", "dropUnmanaged", "target", "range", "direction", "output");

    /** {@code -Dretort.<key>=value} for each key of retort.properties; any other unknown one is said, not silently dropped. */
    private Map<String, String> userProperties() {
        Properties properties = session.getUserProperties();
        Map<String, String> settings = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.startsWith("retort.")) {
                continue;
            }
            String key = name.substring("retort.".length());
            if (ConfigKey.of(key).isPresent()) {
                settings.put(key, properties.getProperty(name));
            } else if (!PARAMETERS.contains(key)) {
                getLog().warn("-D" + name + " is neither a parameter of the Retort goals nor a retort.properties key (the nearest is "
                        + "retort." + ConfigKey.nearest(key).key() + "): ignored");
            }
        }
        return settings;
    }

    private List<Path> projectClasspath() throws MojoExecutionException {
        try {
            List<Path> entries = new ArrayList<>();
            for (String element : project.getRuntimeClasspathElements()) {
                if (Files.exists(Path.of(element))) {
                    entries.add(Path.of(element));
                }
            }
            return entries;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("cannot resolve the project's class path: " + e.getMessage(), e);
        }
    }

    private static void optional(String value, Consumer<String> setter) {
        if (value != null && !value.isBlank()) {
            setter.accept(value);
        }
    }

    /** Retort's progress, as the CLI prints it, in the build log. */
    private final class LogListener implements RunListener {
        @Override
        public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
            getLog().info(RunListener.startedMessage(revision, direction));
        }

        @Override
        public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
            if (took.toSeconds() >= 5) {
                getLog().info("  took " + took.toSeconds() + " s");
            }
        }

        @Override
        public void warning(String message) {
            getLog().warn(message);
        }

        @Override
        public void waitingForLock(String holder, Duration upTo) {
            getLog().info(RunListener.waitingMessage(holder, upTo));
        }
    }
}
