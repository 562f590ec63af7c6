package dev.retort.autogen;

import dev.retort.Database;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.catalog.Catalog;
import dev.retort.codegen.RevisionWriter;
import dev.retort.compile.JavaSources;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.Differ;
import dev.retort.diff.Plan;
import dev.retort.diff.RenameHint;
import dev.retort.diff.RenameProposal;
import dev.retort.introspect.Introspector;
import dev.retort.lint.Finding;
import dev.retort.lint.Linter;
import dev.retort.model.Name;
import dev.retort.model.Schema;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runner.VersionStore;
import dev.retort.scan.EntityMapper;
import dev.retort.scan.EntitySource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * What writes revisions and compares the entities with a database, on a {@link Retort} that
 * applies them: {@code autogen}, {@code check}, {@code baseline}, {@code revision} and {@code merge}.
 * It reads the entities through Hibernate and writes Java with JavaPoet, so it lives apart from the
 * runtime an application needs to apply its revisions:
 *
 * <pre>{@code
 * Retort retort = Retort.configure().configFile(Path.of("retort.properties")).load();
 * Autogen.of(retort).autogen("add salary");
 * retort.upgrade("head");
 * }</pre>
 */
public final class Autogen {

    private final Retort retort;
    private final RetortConfig config;
    private final JavaSources compiler = JavaSources.inUserCache();

    private Autogen(Retort retort) {
        this.retort = retort;
        this.config = retort.config();
    }

    public static Autogen of(Retort retort) {
        return new Autogen(retort);
    }

    /**
     * What {@link #autogen} found and wrote; {@code file} is null when nothing changed. {@code lint}:
     * what the written revision loses, locks or breaks ({@link Linter}), also in its file's header.
     */
    public record AutogenResult(Plan plan, String revisionId, Path file, List<Finding> lint) {}

    /** What {@link #check} found: the differences between entities and database, and edited revisions. */
    public record CheckResult(Plan plan, List<String> changed) {
        public boolean drift() {
            return !plan.isEmpty();
        }
    }

    /** An empty revision after the current heads, for hand-written operations and data migrations. */
    public Path revision(String message) {
        return revision(message, null);
    }

    /**
     * An empty revision after {@code head} (a revision id, prefix or target), or after the only head
     * there is when null: with several heads a revision after all of them would be a merge, which
     * {@link #merge} writes when that is what is meant.
     */
    public Path revision(String message, String head) {
        RevisionGraph graph = retort.revisions();
        List<String> parents;
        if (head != null) {
            parents = List.copyOf(graph.resolve(head, Set.of()));
        } else if (graph.heads().size() > 1) {
            throw RetortException.badInput("there are " + graph.heads().size() + " heads (" + String.join(", ", graph.heads())
                    + "): say which the revision follows with --head REV, or join them first with 'retort merge -m \"...\"'");
        } else {
            parents = graph.heads();
        }
        return writeRevision(newId(graph), parents, message, List.of("Written by retort revision: fill in upgrade() and, in"
                + " downgrade(), its exact reverse (op.execute(...) for data migrations)."), new Plan(List.of()));
    }

    /**
     * Adopts a database Retort has never migrated: writes the first revision, whose upgrade creates
     * the managed tables and sequences as the database holds them now (its downgrade drops them), and
     * records the database as at it, without running anything. A new database then gets the same
     * schema from {@code upgrade head}, and later revisions follow from {@code autogen}.
     */
    public Path baseline(String message) {
        if (config.migrationsDir() == null) {
            throw RetortException.badInput("baseline writes a revision source: set migrations.dir");
        }
        RevisionGraph graph = retort.revisions();
        if (!graph.all().isEmpty()) {
            throw RetortException.badInput("baseline writes the first revision, and " + config.migrationsDir() + " has revisions already:"
                    + " for a database that matches one of them, use 'retort stamp <revision>'");
        }
        Plan plan = retort.read("the database schema", database -> {
            if (!database.store().heads(database.connection()).isEmpty()) {
                throw RetortException.badInput("the database is recorded at a revision already; baseline is for one Retort has never migrated");
            }
            Schema existing = managedSchema(database);
            if (existing.tables().isEmpty() && existing.sequences().isEmpty()) {
                throw RetortException.badInput("the schema " + database.schema() + " has no tables to adopt (tables.include and"
                        + " tables.exclude apply)");
            }
            return new Differ(database.dialect()).diff(existing, Schema.EMPTY);
        });
        String id = newId(graph);
        Path file = writeRevision(id, List.of(), message, List.of("Written by retort baseline: the schema as the database held it when"
                + " Retort adopted it. The database it was read from is recorded at this revision; 'upgrade head' builds it elsewhere."), plan);
        try {
            retort.stamp(id, false);
        } catch (RetortException e) {
            throw RetortException.failed("wrote " + file.getFileName() + " but could not record the database at it (" + e.getMessage()
                    + "): once the database answers, 'retort stamp " + id + "' does", e);
        }
        return file;
    }

    /** A revision with no operations that joins {@code targets} (by default every head) into one head. */
    public Path merge(String message, List<String> targets) {
        RevisionGraph graph = retort.revisions();
        Set<String> parents = new TreeSet<>();
        for (String target : targets.isEmpty() ? List.of("heads") : targets) {
            parents.addAll(graph.resolve(target, Set.of()));
        }
        if (parents.size() < 2) {
            throw RetortException.badInput("nothing to merge: " + (parents.isEmpty() ? "no revisions" : "only " + parents.iterator().next()));
        }
        for (String parent : parents) {
            Set<String> others = new TreeSet<>(parents);
            others.remove(parent);
            Set<String> below = new TreeSet<>(graph.ancestors(others));
            if (below.contains(parent)) {
                throw RetortException.badInput("nothing to merge: " + parent + " comes before " + String.join(", ", others)
                        + " already; a merge joins branches, not a revision and what follows it");
            }
        }
        List<String> ordered = graph.all().stream().map(RevisionInfo::id).filter(parents::contains).toList();
        return writeRevision(newId(graph), ordered, message, List.of("Merge of " + String.join(", ", ordered) + "."), new Plan(List.of()));
    }

    /**
     * Compares the entities with the database and, when they differ, writes a revision whose
     * upgrade makes the database match and whose downgrade undoes it. Refuses when the database is
     * not at head, so it never duplicates a revision not yet applied.
     */
    public AutogenResult autogen(String message) {
        return autogen(message, AutogenOptions.DEFAULT);
    }

    /** Compares entities and database without writing anything; drift is a non-empty plan. */
    public CheckResult check() {
        RevisionGraph graph = retort.revisions();
        return retort.read("the database schema", database -> {
            Set<String> heads = database.store().heads(database.connection());
            List<String> changed = retort.checkIntegrity(graph, database, heads);
            return new CheckResult(compare(graph, database, heads, AutogenOptions.DEFAULT, List.of()), changed);
        });
    }

    public AutogenResult autogen(String message, AutogenOptions options) {
        if (config.migrationsDir() == null) {
            throw RetortException.badInput("autogen writes revision sources: set migrations.dir");
        }
        List<RenameHint> hints = new ArrayList<>();
        options.renames().forEach(hint -> hints.add(RenameHint.parse(hint)));
        RevisionGraph graph = retort.revisions();
        return retort.read("the database schema", database -> {
            Set<String> heads = database.store().heads(database.connection());
            if (!heads.equals(Set.copyOf(graph.heads()))) {
                String upgrade = graph.heads().size() > 1 ? "'retort upgrade heads'" : "'retort upgrade head'";
                throw RetortException.failed("the database is not at head (it is at " + describe(heads) + ", the revision files end at "
                        + describe(Set.copyOf(graph.heads())) + "): run " + upgrade + " first"
                        + (graph.heads().size() > 1 ? ", or join the heads with 'retort merge -m \"...\"' and upgrade to it" : ""), null);
            }
            Plan plan = compare(graph, database, heads, options, hints);
            if (plan.isEmpty()) {
                return new AutogenResult(plan, null, null, List.of());
            }
            List<String> unportable = Portability.problems(plan.operations());
            if (!unportable.isEmpty()) {
                throw RetortException.badInput(String.join("; ", unportable) + ": a revision runs on every database, so give the"
                        + " column a type each has (or spell one in a columnDefinition, created as written)");
            }
            List<String> notes = new ArrayList<>();
            notes.add("Generated by retort autogen from " + String.join(", ", config.entityPackages()) + " against " + database.dialect() + ".");
            plan.proposals().forEach(proposal -> notes.add("POSSIBLE RENAME, written as a drop and an add (which loses the data): "
                    + proposal.rename() + ": " + proposal.why() + ". If it is a rename, delete this file and run autogen with --rename "
                    + proposal.rename() + "."));
            notes.addAll(plan.notes());
            List<Finding> lint = Linter.of(database.dialect(), config.online()).lint(plan.operations());
            lint.forEach(finding -> notes.add("LINT " + finding.describe() + ". To accept it after review, annotate this class with"
                    + " Acknowledged, its code " + finding.rule().code() + " and your reason (docs/lint.md)."));
            String id = newId(graph);
            return new AutogenResult(plan, id, writeRevision(id, graph.heads(), message, notes, plan), lint);
        });
    }

    /** The plan from the database to the entities: scan, introspect, render checks, diff, confirm guessed renames. */
    private Plan compare(RevisionGraph graph, Database database, Set<String> heads, AutogenOptions options, List<RenameHint> extraHints)
            throws SQLException {
        Dialect dialect = database.dialect();
        List<RenameHint> hints = new ArrayList<>();
        config.renameHints().forEach(hint -> hints.add(RenameHint.parse(hint)));
        hints.addAll(extraHints);
        Predicate<Name> managed = managedTables(dialect);
        Introspector introspector = new Introspector(dialect, managed);
        Connection connection = database.connection();
        // The catalog is read on a second thread while Hibernate builds its metamodel, each about
        // half of a large autogenerate. The two take turns on the one connection, so the read never
        // sees the scratch table a columnDefinition's type is read from.
        CatalogRead reading = new CatalogRead(() -> {
            synchronized (connection) {
                return introspector.read(connection, database.schema());
            }
        });
        Schema scanned;
        try {
            scanned = EntityMapper.retorts().scan(entitySource(), dialect, definition -> {
                synchronized (connection) {
                    return introspector.definedType(connection, database.schema(), definition);
                }
            }, compiler);
        } finally {
            reading.await(); // never leaves the connection to a read still running, whatever the scan did
        }
        Schema current = reading.result();
        Schema target = new Schema(scanned.tables().stream().filter(table -> managed.test(table.name())).toList(),
                scanned.sequences().stream().filter(sequence -> managed.test(sequence.name())).toList());
        dialect.checkIdentifiers(target);
        DiffOptions diffOptions = new DiffOptions(
                Catalog.of(dialect).renderChecks(database.connection(), database.schema(), target.tables()),
                hints,
                AppliedSchema.of(graph, heads, dialect),
                options.dropUnmanaged());
        Plan plan = new Differ(dialect, diffOptions).diff(target, current);
        List<RenameHint> accepted = plan.proposals().stream().filter(options.confirm()).map(RenameProposal::rename).toList();
        Plan confirmed = accepted.isEmpty() ? plan : new Differ(dialect, diffOptions.withRenames(accepted)).diff(target, current);
        dialect.checkKeys(database.connection(), database.schema(), target, confirmed.operations());
        return confirmed;
    }

    private Path writeRevision(String id, List<String> parents, String message, List<String> notes, Plan plan) {
        if (config.migrationsDir() == null) {
            throw RetortException.badInput("writing revisions needs migrations.dir (the revision source folder)");
        }
        RevisionWriter.Spec spec = new RevisionWriter.Spec(id, parents, message,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), notes, plan.operations(), plan.reverse(), plan.warnings());
        return new RevisionWriter().write(config.migrationsDir(), config.migrationsPackage(), spec);
    }

    /** The managed tables and sequences of the database's schema, read as autogenerate reads them. */
    Schema managedSchema(Database database) throws SQLException {
        return new Introspector(database.dialect(), managedTables(database.dialect())).read(database.connection(), database.schema());
    }

    /** The tables Retort reads, creates and drops: those the configured filters admit, never its own bookkeeping. */
    private Predicate<Name> managedTables(Dialect dialect) {
        return new TableFilter(config.tablesInclude(), config.tablesExclude()).and(name -> !VersionStore.isBookkeeping(dialect, name));
    }

    private EntitySource entitySource() {
        return new EntitySource(config.entityPackages(), config.entityClasses(), config.entitySources(), config.entityClasspath(),
                config.namingStrategy(), config.implicitNamingStrategy(), config.hibernateSettings(), config.persistenceUnit(),
                config.persistenceXml(), retort.classLoader());
    }

    /** The catalog, read on a thread of its own; {@link #result} is what the read returned or threw. */
    private static final class CatalogRead {

        private final FutureTask<Schema> task;

        CatalogRead(Callable<Schema> read) {
            task = new FutureTask<>(read);
            Thread thread = new Thread(task, "retort-catalog-read");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the read to end, however it ends. */
        void await() {
            boolean interrupted = false;
            while (!task.isDone()) {
                try {
                    task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    // ended: result() reports it
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        Schema result() throws SQLException {
            await();
            try {
                return task.get();
            } catch (InterruptedException e) {
                throw new IllegalStateException("a finished task does not wait", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw (Error) e.getCause();
            }
        }
    }

    private static String describe(Set<String> heads) {
        return RevisionGraph.describe(heads.stream().sorted().toList());
    }

    private static String newId(RevisionGraph graph) {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[6];
            random.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (!graph.contains(id)) {
                return id;
            }
        }
    }
}
