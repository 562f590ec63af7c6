package dev.retort;

import dev.retort.compile.JavaSources;
import dev.retort.config.ConfigKey;
import dev.retort.config.ConfigLoader;
import dev.retort.config.HibernateSettings;
import dev.retort.config.Online;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.DeployLock;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.MySQLDialect;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.revision.RevisionLoader;
import dev.retort.runner.Checksums;
import dev.retort.runner.Direction;
import dev.retort.runner.Integrity;
import dev.retort.runner.LoggingListener;
import dev.retort.runner.OfflineScript;
import dev.retort.runner.PtOnlineSchemaChange;
import dev.retort.runner.RunListener;
import dev.retort.runner.Runner;
import dev.retort.runner.TableCopier;
import dev.retort.runner.VersionStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The embedding API, in the spirit of Flyway's:
 *
 * <pre>{@code
 * Retort.configure().configFile(Path.of("retort.properties")).load().upgrade("head");
 * Retort.configure().url("jdbc:h2:./db").migrationsPackage("app.migrations").load().upgrade("head");
 * }</pre>
 *
 * It applies revisions with no Hibernate and no JDBC driver of its own (the application's driver
 * connects); autogenerate is {@code retort-engine}'s {@code Autogen.of(retort)}. It never prints:
 * progress goes to a {@link RunListener}, results come back as values, and failures are
 * {@link RetortException}s.
 */
public final class Retort {

    private final RetortConfig config;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final RunListener listener;
    private final RevisionGraph loaded; // the revisions of the Retort this one was made from (on), or null: read on each use
    private final JavaSources compiler = JavaSources.inUserCache();
    private final Set<Runnable> running = ConcurrentHashMap.newKeySet(); // how to stop what runs now, for cancel() from another thread
    private final Retort maker; // the Retort this one was made from (on), whose cancel() reaches this one's runs too; or null

    private Retort(RetortConfig config, DataSource dataSource, ClassLoader classLoader, RunListener listener, RevisionGraph loaded,
            Retort maker) {
        this.config = config;
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.listener = listener;
        this.loaded = loaded;
        this.maker = maker;
    }

    public static Configuration configure() {
        return new Configuration();
    }

    public RetortConfig config() {
        return config;
    }

    /**
     * The same revisions, entities and settings against another schema (a database on MySQL-family
     * databases) of the same database, or of the one {@code url} names; reporting nothing as it
     * runs, and with the revisions as they are now, read once (verify's scratch schema, each
     * tenant of a fan-out).
     */
    public Retort on(String url, String schema) {
        return on(url, schema, revisions());
    }

    /** {@link #on(String, String)} with the revisions already read from this one. */
    public Retort on(String url, String schema, RevisionGraph revisions) {
        return new Retort(config.withDatabase(url, schema), url == null ? dataSource : null, classLoader, RunListener.NONE, revisions, this);
    }

    /** The application's class loader, where compiled revisions and entities are found unless a folder is configured. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Where this Retort reports progress and warnings. */
    public RunListener listener() {
        return listener;
    }

    /**
     * Where the database is: its applied heads, the revision files' heads, and applied revisions
     * whose files changed since they ran.
     */
    public record Status(Set<String> heads, List<String> fileHeads, List<String> changed) {
        public boolean atHead() {
            return heads.equals(Set.copyOf(fileHeads));
        }
    }

    public Runner.Result upgrade(String target) {
        return upgrade(target, false);
    }

    /** @param strict refuse to run when an applied revision's file changed since it ran */
    public Runner.Result upgrade(String target, boolean strict) {
        return upgrade(target, strict, Runner.Resume.NEVER);
    }

    /**
     * Runs the rest of the next revision, which stopped part-way on a database whose DDL commits
     * as it runs (H2, MariaDB/MySQL): its statements that ran are skipped, once checked to be the
     * ones the revision still has; then goes on to {@code target}.
     */
    public Runner.Result resume(String target) {
        return upgrade(target, false, Runner.Resume.ALWAYS);
    }

    Runner.Result upgrade(String target, boolean strict, Runner.Resume resume) {
        RevisionGraph graph = revisions();
        Set<String> warned = new LinkedHashSet<>();
        return locked("upgrade", warned, (database, attempt) -> {
            checkIntegrity(graph, database, database.store().heads(database.connection()), strict, attempt);
            return cancellable(new Runner(database.dialect(), graph, attempt, lockWait(), tableCopier(database.dialect())),
                    runner -> runner.upgrade(database.connection(), database.schema(), target, resume));
        }).withWarnings(List.copyOf(warned));
    }

    public Runner.Result downgrade(String target) {
        RevisionGraph graph = revisions();
        Set<String> warned = new LinkedHashSet<>();
        return locked("downgrade", warned, (database, attempt) -> cancellable(new Runner(database.dialect(), graph, attempt, lockWait(),
                tableCopier(database.dialect())), runner -> runner.downgrade(database.connection(), database.schema(), target))).withWarnings(List.copyOf(warned));
    }

    /**
     * Stops the upgrade or downgrade running, from another thread (a shutdown hook on Ctrl-C, an
     * application shutting down): the statement running is cancelled on the server and no other
     * starts; the run then throws a {@link RetortException} saying where it stopped, after the
     * database has stopped and the deployment lock is released. Returns whether a run was going:
     * wait for it to end before exiting, and call again if it has not ended within a second or so
     * (a cancel that reaches the server before its statement does is lost). Runs of the Retorts made
     * from this one ({@link #on}) are stopped too, and so is work run {@link #cancellable}.
     */
    public boolean cancel() {
        for (Runnable cancel : running) {
            try {
                cancel.run();
            } catch (RuntimeException e) { // the others must still be stopped
                listener.warning("cancelling: " + e.getMessage());
            }
        }
        return !running.isEmpty();
    }

    /**
     * Runs work of several steps built on this Retort (verify, with its scratch schema to drop at the
     * end) so that {@link #cancel()} reaches it: {@code onCancel} is called from the cancelling
     * thread, and the work should then stop at its next step and clean up; meanwhile cancel() says
     * something runs, so that a process waits for it before exiting.
     */
    public <T> T cancellable(Runnable onCancel, Supplier<T> work) {
        return whileCancellable(onCancel::run, work::get); // a Runnable of its own, whoever else passes the same action
    }

    private Runner.Result cancellable(Runner runner, RunnerWork work) throws SQLException {
        return whileCancellable(runner::cancel, () -> work.run(runner));
    }

    /** Runs {@code work} while this Retort's cancel(), and its maker's, reach {@code cancel} (not a sibling's: each tenant's is its own). */
    private <T, E extends Exception> T whileCancellable(Runnable cancel, CancellableWork<T, E> work) throws E {
        for (Retort retort = this; retort != null; retort = retort.maker) {
            retort.running.add(cancel);
        }
        try {
            return work.run();
        } finally {
            for (Retort retort = this; retort != null; retort = retort.maker) {
                retort.running.remove(cancel);
            }
        }
    }

    private interface CancellableWork<T, E extends Exception> {
        T run() throws E;
    }

    private interface RunnerWork {
        Runner.Result run(Runner runner) throws SQLException;
    }

    /** {@code online.engine}: what runs a large table's alter, when not the database itself. */
    private TableCopier tableCopier(Dialect dialect) {
        if (config.online().engine().equals(Online.NONE)) {
            return TableCopier.NONE;
        }
        if (!(dialect instanceof MySQLDialect)) { // MariaDB's too
            throw RetortException.badInput("online.engine=pt-osc is for MySQL and MariaDB, and this database is " + dialect);
        }
        return new PtOnlineSchemaChange(config.online().command(), config.online().minRows(), config.url(), config.user(), config.password());
    }

    private Runner.LockWait lockWait() {
        return new Runner.LockWait(config.ddlLockTimeout(), config.ddlLockRetries());
    }

    /**
     * Work that changes the database, under the deployment lock held on a second connection for all
     * of it. A connection lost before the work began to change anything is tried again until
     * lock.timeout: an H2 file shared with {@code AUTO_SERVER=TRUE} is served by whichever process
     * opened it first, and that process exiting cuts every other one off, waiting or not. Once the
     * work has begun to write (a revision started, a stamp's write), a loss is a failure.
     */
    private <T> T locked(String what, DatabaseWork<T> work) {
        return locked(what, new LinkedHashSet<>(), work);
    }

    /** @param warned the warnings said, in order, each once (a try again repeats the checks before the work) */
    private <T> T locked(String what, Set<String> warned, DatabaseWork<T> work) {
        long deadline = System.nanoTime() + config.lockTimeout().toNanos();
        boolean reached = false; // a server never reached is a failure at once: only a lost connection (or a shared H2 file) is tried again
        boolean toldOfFile = false; // an H2 file another process has open is a wait for it, said once
        while (true) {
            Attempt attempt = new Attempt(listener, warned);
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            try (Database database = Database.connect(config, dataSource)) {
                reached = true;
                try (Database lockHolder = Database.connect(config, dataSource);
                        DeployLock lock = releasedIfLost(database.dialect().lock(lockHolder.connection(), database.schema(), left,
                                attempt::waitingForLock), attempt, lockHolder)) {
                    return work.run(database, attempt);
                }
            } catch (SQLException | RetortException e) {
                Throwable cause = e instanceof RetortException ? e.getCause() : e;
                boolean worthAnotherTry = reached ? Database.isTransient(cause) : Database.isHandedOver(cause);
                if (attempt.changing || !worthAnotherTry || System.nanoTime() > deadline) {
                    throw e instanceof RetortException retort ? retort
                            : RetortException.failed(what + " failed: " + config.secrets().redact(e.getMessage()), e);
                }
                if (!reached && !toldOfFile) {
                    listener.waitingForLock("another process that has the database file open", Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                    toldOfFile = true;
                }
                pause();
            }
        }
    }

    /**
     * A lock whose connection is gone is released already, and the work done under it stands; but
     * if it went while the work was writing, another deployer may have run alongside, and the
     * user hears of it.
     */
    private static DeployLock releasedIfLost(DeployLock lock, Attempt attempt, Database holder) {
        return () -> {
            try {
                lock.close();
                holder.discard(); // the lock set the session up for itself (timeouts, a name): a pool gets a fresh one instead
            } catch (SQLException e) {
                holder.discard(); // never back to a pool still holding the lock
                if (!Database.isTransient(e)) {
                    throw e;
                }
                if (attempt.changing) {
                    attempt.warning("the deployment lock's connection was lost before the run ended (" + e.getMessage().strip()
                            + "); another deployer may have run at the same time: check 'retort current' and 'retort history'");
                }
            }
        };
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RetortException.failed("interrupted while waiting for the database", e);
        }
    }

    private interface DatabaseWork<T> {
        T run(Database database, Attempt attempt) throws SQLException;
    }

    /**
     * Reads the configured database, in its schema, without the deployment lock; a failure is
     * "cannot read WHAT". For tools built on Retort, such as autogenerate.
     */
    public <T> T read(String what, DatabaseRead<T> work) {
        try (Database database = Database.connect(config, dataSource)) {
            return work.run(database);
        } catch (SQLException e) {
            throw RetortException.failed("cannot read " + what + ": " + config.secrets().redact(e.getMessage()), e);
        }
    }

    /** Work that reads a database. */
    public interface DatabaseRead<T> {
        T run(Database database) throws SQLException;
    }

    /** Passes a run's progress on, noting whether the work has begun to change the database. */
    private static final class Attempt implements RunListener {
        private final RunListener listener;
        private final Set<String> warned;
        private boolean changing;

        Attempt(RunListener listener, Set<String> warned) {
            this.listener = listener;
            this.warned = warned;
        }

        /** From here on a lost connection is a failure, not a reason to try again. */
        void changing() {
            changing = true;
        }

        @Override
        public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
            changing();
            listener.revisionStarted(revision, direction, recorded);
        }

        @Override
        public void statementExecuted(String sql) {
            listener.statementExecuted(sql);
        }

        @Override
        public void revisionFinished(RevisionInfo revision, Direction direction, Duration took) {
            listener.revisionFinished(revision, direction, took);
        }

        @Override
        public void revisionFailed(RevisionInfo revision, Direction direction) {
            listener.revisionFailed(revision, direction);
        }

        @Override
        public void warning(String message) {
            if (warned.add(message)) {
                listener.warning(message);
            }
        }

        @Override
        public void waitingForLock(String holder, Duration upTo) {
            listener.waitingForLock(holder, upTo);
        }
    }

    public Status current() {
        RevisionGraph graph = revisions();
        return read("the current revision", database -> {
            Set<String> heads = database.store().heads(database.connection());
            return new Status(heads, graph.heads(), changedSinceApplied(graph, database, heads));
        });
    }

    /** The heads the database is at (none at base), read alone: {@link #current()} also checks the applied revisions' files. */
    public Set<String> heads() {
        return read("the current revision", database -> database.store().heads(database.connection()));
    }

    /**
     * The heads the database is at, or none when no database is configured or it does not answer:
     * for listings that are about the files and mark the database's place where they can.
     */
    public Set<String> headsIfReachable() {
        if (config.url() == null && dataSource == null) {
            return Set.of();
        }
        try {
            return heads();
        } catch (RetortException unreachable) {
            return Set.of();
        }
    }

    private static List<String> changedSinceApplied(RevisionGraph graph, Database database, Set<String> heads) throws SQLException {
        return Integrity.changedSinceApplied(graph, heads, database.store().appliedChecksums(database.connection()));
    }

    /**
     * Applied revisions whose files changed since they ran, one line each, each said as a warning to
     * this Retort's listener; for tools built on Retort, such as autogenerate's {@code check}.
     */
    public List<String> checkIntegrity(RevisionGraph graph, Database database, Set<String> heads) throws SQLException {
        return checkIntegrity(graph, database, heads, false, listener);
    }

    /** Warns (or, when strict, refuses) when an applied revision's file changed since it ran. */
    private List<String> checkIntegrity(RevisionGraph graph, Database database, Set<String> heads, boolean strict, RunListener listener)
            throws SQLException {
        List<String> changed = changedSinceApplied(graph, database, heads);
        if (strict && !changed.isEmpty()) {
            throw RetortException.failed(changed.get(0) + (changed.size() > 1 ? " (and " + (changed.size() - 1) + " more)" : "")
                    + "; refusing under --strict (once the change is reviewed, 'retort repair' records the files as they are now)", null);
        }
        changed.forEach(listener::warning);
        return changed;
    }

    /**
     * Sets the recorded revision to {@code target} without running anything, as Alembic's
     * {@code stamp}: for a database brought to a revision by other means. {@code purge} first
     * forgets whatever was recorded, even a revision no file defines.
     */
    public Set<String> stamp(String target, boolean purge) {
        RevisionGraph graph = revisions();
        return locked("stamp", (database, attempt) -> {
            VersionStore store = database.store();
            if (!store.exists(database.connection())) {
                store.create(database.connection());
            }
            Set<String> before = store.heads(database.connection());
            Set<String> recorded = purge ? Set.of() : before;
            recorded.stream().filter(head -> !graph.contains(head)).findFirst().ifPresent(head -> {
                throw RetortException.badInput("the database is at revision " + head + ", which no file defines: use --purge");
            });
            Set<String> heads = graph.resolve(target, recorded);
            String message = "stamped" + (purge ? " with --purge" : "") + ", was at " + RevisionGraph.describe(before);
            List<VersionStore.Entry> entries = heads.isEmpty()
                    ? List.of(VersionStore.Entry.bookkeeping(VersionStore.Entry.STAMP, "base", message, "-"))
                    : heads.stream().map(head -> VersionStore.Entry.bookkeeping(VersionStore.Entry.STAMP, head, message,
                            Checksums.of(graph.get(head)))).toList();
            attempt.changing();
            store.stamp(database.connection(), heads, entries);
            return heads;
        });
    }

    /**
     * Flyway's repair, for after a reviewed change: each applied revision whose file changed since
     * it ran is recorded as its file is now, so that warnings stop and {@code --strict} passes again;
     * and a revision that stopped part-way is forgotten, so that a plain {@code upgrade} runs it from
     * its start (for when its committed statements were undone by hand). Each repair is a row of
     * retort_history. Returns one line per thing repaired; none when there was nothing to repair.
     */
    public List<String> repair() {
        RevisionGraph graph = revisions();
        return locked("repair", (database, attempt) -> {
            VersionStore store = database.store();
            if (!store.exists(database.connection())) {
                return List.of();
            }
            store.upgradeBookkeeping(database.connection());
            Set<String> heads = store.heads(database.connection());
            List<String> repaired = new ArrayList<>();
            List<VersionStore.Entry> entries = new ArrayList<>();
            for (RevisionInfo revision : Integrity.changed(graph, heads, store.appliedChecksums(database.connection()))) {
                entries.add(VersionStore.Entry.bookkeeping(VersionStore.Entry.REPAIR, revision.id(),
                        "checksum re-recorded from " + revision.origin(), Checksums.of(revision)));
                repaired.add("revision " + revision.label() + ": recorded as " + revision.origin() + " has it now");
            }
            VersionStore.Entry stopped = store.lastPartialUpgrade(database.connection());
            if (stopped != null) {
                entries.add(VersionStore.Entry.bookkeeping(VersionStore.Entry.REPAIR, stopped.revision(),
                        "forgot its stop part-way after " + stopped.statementsRun() + " statement(s)", stopped.checksum()));
                repaired.add("revision " + stopped.revision() + " (" + stopped.message() + "): its stop part-way, with its first "
                        + stopped.statementsRun() + " statement(s) committed, is forgotten; a plain 'upgrade' runs it from its start");
            }
            if (!entries.isEmpty()) {
                attempt.changing();
                store.record(database.connection(), entries);
            }
            return repaired;
        });
    }

    /** One revision, by id, prefix or target such as {@code head}. */
    public RevisionInfo show(String target) {
        return revisions().single(target, "show");
    }

    /** Upgrade statements as a script, without connecting: {@code [FROM:]TO}. */
    public String upgradeSql(String range) {
        return new OfflineScript(offlineDialect(), revisions()).upgrade(range);
    }

    /** Downgrade statements as a script, without connecting: {@code FROM:TO}. */
    public String downgradeSql(String range) {
        return new OfflineScript(offlineDialect(), revisions()).downgrade(range);
    }

    /** The dialect from {@code dialect} (at the version it names, else its default one), else the URL's prefix; nothing connects. */
    public Dialect offlineDialect() {
        Dialect dialect;
        if (config.dialect() != null) {
            dialect = DatabaseKind.dialectNamed(config.dialect());
        } else if (config.url() != null) {
            DatabaseKind kind = DatabaseKind.fromUrl(config.url());
            dialect = kind.dialect(kind.defaultVersion());
        } else {
            throw RetortException.badInput("offline SQL needs 'dialect' (or a url to tell it from): nothing connects");
        }
        return config.online().applyTo(dialect);
    }

    public List<VersionStore.Entry> history() {
        return read("the history", database -> database.store().history(database.connection()));
    }

    /** The revision files (from {@code migrations.dir}) or classes (from {@code migrations.package}). */
    public RevisionGraph revisions() {
        if (loaded != null) {
            return loaded;
        }
        if (config.migrationsDir() != null) {
            return new RevisionLoader(compiler).fromSources(config.migrationsDir(), config.migrationsPackage());
        }
        if (!config.migrationsPackage().isEmpty()) {
            return RevisionLoader.fromClasspath(config.migrationsPackage(), classLoader);
        }
        throw RetortException.badInput("set migrations.dir (revision sources) or migrations.package (compiled revisions)");
    }

    /** Settings for {@link Retort}; explicit values override those of a config file. */
    public static final class Configuration {

        private Path configFile;
        private Path baseDir;
        private final Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        private final Map<String, String> hibernateSettings = new TreeMap<>();
        private Map<String, String> environment = System.getenv();
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private RunListener listener; // none set: the application's log, when it has SLF4J
        private DataSource dataSource;
        private boolean classLoaderSet;

        private Configuration() {}

        /** Where relative paths resolve when no config file is given (by default the working directory). */
        public Configuration baseDir(Path folder) {
            this.baseDir = folder.toAbsolutePath();
            return this;
        }

        /** A {@code retort.properties} to start from; relative paths in it resolve against its folder. */
        public Configuration configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /**
         * The application's own {@code DataSource} (a Spring Boot application's, a pool): Retort
         * connects through it instead of {@code url}, {@code user} and {@code password}, with its
         * driver, pool and timeouts. A run takes two connections at once (one holds the deployment
         * lock), so a pool needs at least two.
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /**
         * Any {@code retort.properties} key by its name (as a build tool passes {@code -Dretort.lock.timeout=5} on);
         * wins over the file's. An unknown key is refused, naming the nearest known one.
         */
        public Configuration setting(String key, String value) {
            ConfigKey configKey = ConfigKey.of(key).orElseThrow(() -> RetortException.badInput("unknown setting '" + key
                    + "'; did you mean '" + ConfigKey.nearest(key).key() + "'?"));
            return set(configKey, value);
        }

        public Configuration url(String url) {
            return set(ConfigKey.URL, url);
        }

        public Configuration user(String user) {
            return set(ConfigKey.USER, user);
        }

        public Configuration password(String password) {
            return set(ConfigKey.PASSWORD, password);
        }

        public Configuration dialect(String dialect) {
            return set(ConfigKey.DIALECT, dialect);
        }

        public Configuration schema(String schema) {
            return set(ConfigKey.SCHEMA, schema);
        }

        public Configuration entityPackages(String... packages) {
            return set(ConfigKey.ENTITIES_PACKAGES, String.join(",", packages));
        }

        /**
         * Mapped classes one by one, besides or instead of {@link #entityPackages}; they are found
         * where they were loaded from, unless a class loader is set.
         */
        public Configuration entities(Class<?>... types) {
            if (!classLoaderSet && types.length > 0) {
                classLoader = types[0].getClassLoader();
            }
            return append(ConfigKey.ENTITIES_CLASSES, Arrays.stream(types).map(Class::getName).toArray(String[]::new));
        }

        public Configuration entitySources(Path... folders) {
            return set(ConfigKey.ENTITIES_SOURCES, joinPaths(folders));
        }

        public Configuration entityClasspath(Path... entries) {
            return set(ConfigKey.ENTITIES_CLASSPATH, joinPaths(entries));
        }

        /** The persistence unit of persistence.xml to read (by default the only one there is). */
        public Configuration persistenceUnit(String name) {
            return set(ConfigKey.PERSISTENCE_UNIT, name);
        }

        /** The persistence.xml to read (by default META-INF/persistence.xml on the entities' class path). */
        public Configuration persistenceXml(Path file) {
            return set(ConfigKey.PERSISTENCE_XML, file.toAbsolutePath().toString());
        }

        /** Tables (glob patterns) Retort never reads, creates or drops; adds to earlier calls, replaces the file's {@code tables.exclude}. */
        public Configuration excludeTables(String... patterns) {
            return append(ConfigKey.TABLES_EXCLUDE, patterns);
        }

        /** Renames autogen applies; adds to earlier calls, replaces the file's {@code rename.hints}. */
        public Configuration renameHints(String... hints) {
            return append(ConfigKey.RENAME_HINTS, hints);
        }

        public Configuration namingStrategy(String physical) {
            return set(ConfigKey.NAMING_STRATEGY, physical);
        }

        /**
         * One of Hibernate's own settings ({@code hibernate.*}, {@code jakarta.persistence.*}) as the
         * application sets it, e.g. {@code hibernate.type.preferred_uuid_jdbc_type}; it shapes the target
         * the entities describe. Wins over the file's.
         */
        public Configuration hibernateSetting(String key, String value) {
            if (!HibernateSettings.isHibernateSetting(key)) {
                throw RetortException.badInput("'" + key + "' is not a Hibernate setting (those start with hibernate. or jakarta.persistence.)");
            }
            hibernateSettings.put(key, value);
            return this;
        }

        public Configuration migrationsDir(Path folder) {
            return set(ConfigKey.MIGRATIONS_DIR, folder.toAbsolutePath().toString());
        }

        public Configuration migrationsPackage(String packageName) {
            return set(ConfigKey.MIGRATIONS_PACKAGE, packageName);
        }

        /**
         * The application's class loader (by default the thread's context class loader): where
         * compiled revision classes are found when no migrations folder is set, and the entities
         * when neither entity sources nor an entity class path is.
         */
        public Configuration classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            this.classLoaderSet = true;
            return this;
        }

        public Configuration listener(RunListener listener) {
            this.listener = listener;
            return this;
        }

        /** The environment for {@code RETORT_*} overrides and {@code ${VAR}}; defaults to the process's. */
        public Configuration environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        public Retort load() {
            ConfigLoader loader = new ConfigLoader(environment);
            RetortConfig config = configFile != null
                    ? loader.load(configFile, values, hibernateSettings)
                    : loader.fromValues(baseDir != null ? baseDir : Path.of("").toAbsolutePath(), values, hibernateSettings);
            return new Retort(config, dataSource, classLoader, listener != null ? listener : LoggingListener.ifAvailable(), null, null);
        }

        private Configuration set(ConfigKey key, String value) {
            values.put(key, value);
            return this;
        }

        private Configuration append(ConfigKey key, String... items) {
            List<String> all = new ArrayList<>();
            if (values.containsKey(key)) {
                all.add(values.get(key));
            }
            all.addAll(List.of(items));
            return set(key, String.join(",", all));
        }

        private static String joinPaths(Path... paths) {
            List<String> entries = new ArrayList<>();
            for (Path path : paths) {
                entries.add(path.toAbsolutePath().toString());
            }
            return String.join(",", entries);
        }
    }
}
