package dev.retort;

import dev.retort.dialect.DatabaseKind;
import dev.retort.revision.RevisionGraph;
import dev.retort.runner.Runner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One history applied to many schemas or databases (one per tenant): each tenant upgraded on its
 * own connection and under its own deployment lock, several at a time, one failing never stopping
 * the others; a tenant already at the target has nothing to do, and one whose revision stopped
 * part-way (where DDL commits as it runs) goes on from there, so a run after a failure finishes the
 * rest.
 *
 * <pre>{@code
 * List<Tenants.Outcome> outcomes = Tenants.of(retort, Tenants.read(Path.of("tenants.txt"))).upgrade("head", 4);
 * }</pre>
 */
public final class Tenants {

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** A schema on the configured server ({@code url} null), or the database a JDBC URL names ({@code schema} null). */
    public record Tenant(String url, String schema) {

        /** The schema, or the URL without what it may carry of passwords. */
        public String name() {
            return schema != null ? schema : DatabaseKind.redactUrl(url);
        }
    }

    /** Where a tenant was before and after, or why it failed (then {@code after} is where it stayed, when known). */
    public record Outcome(Tenant tenant, Set<String> before, Set<String> after, String failure, Duration took) {

        public boolean failed() {
            return failure != null;
        }
    }

    private final Retort retort;
    private final List<Tenant> tenants;

    private Tenants(Retort retort, List<Tenant> tenants) {
        this.retort = retort;
        this.tenants = List.copyOf(tenants);
    }

    public static Tenants of(Retort retort, List<Tenant> tenants) {
        if (tenants.isEmpty()) {
            throw RetortException.badInput("no tenants: list one schema name or JDBC URL a line");
        }
        return new Tenants(retort, tenants);
    }

    /** One tenant a line: a schema name on the configured server, or a JDBC URL; blank lines and {@code #} comments are skipped. */
    public static List<Tenant> read(Path file) {
        try {
            return parse(Files.readAllLines(file), file.toString());
        } catch (NoSuchFileException e) {
            throw RetortException.badInput("no tenants file " + file + " (one tenant a line: a schema name or a JDBC URL)");
        } catch (IOException e) {
            throw RetortException.badInput("cannot read the tenants file " + file + ": " + e.getMessage());
        }
    }

    /** The tenants retort.properties names: {@code tenants}, then what {@code tenants.query} returns on the configured database. */
    public static List<Tenant> configured(Retort retort) {
        List<String> lines = new ArrayList<>(retort.config().tenants());
        String query = retort.config().tenantsQuery();
        if (query != null) {
            lines.addAll(retort.read("the tenants (tenants.query)", database -> {
                List<String> found = new ArrayList<>();
                try (Statement statement = database.connection().createStatement(); ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return found;
            }));
        }
        if (lines.isEmpty()) {
            throw RetortException.badInput("--all-tenants takes the tenants from retort.properties, which sets neither tenants nor"
                    + " tenants.query");
        }
        return parse(lines, "the configured tenants");
    }

    static List<Tenant> parse(List<String> lines, String source) {
        Set<Tenant> tenants = new LinkedHashSet<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("jdbc:")) {
                tenants.add(new Tenant(line, null));
            } else if (SCHEMA.matcher(line).matches()) {
                tenants.add(new Tenant(null, line));
            } else {
                throw RetortException.badInput(source + " line " + number + ": '" + line + "' is neither a schema name nor a JDBC URL");
            }
        }
        return List.copyOf(tenants);
    }

    /**
     * Upgrades every tenant to {@code target}, {@code parallel} at a time; the outcomes in the tenants'
     * order. The Retort's cancel() stops the tenants running and starts no other.
     */
    public List<Outcome> upgrade(String target, int parallel) {
        RevisionGraph revisions = retort.revisions(); // read once; a file that does not compile fails before any tenant starts
        AtomicBoolean cancelled = new AtomicBoolean();
        return retort.cancellable(() -> cancelled.set(true), () -> each(parallel, tenant -> {
            long start = System.nanoTime();
            if (cancelled.get()) {
                return new Outcome(tenant, null, null, "not started: the upgrade was cancelled", Duration.ZERO);
            }
            Retort one = retort.on(tenant.url(), tenant.schema(), revisions);
            try {
                Runner.Result result = one.upgrade(target, false, Runner.Resume.WHERE_STOPPED);
                return new Outcome(tenant, result.before(), result.after(), null, Duration.ofNanos(System.nanoTime() - start));
            } catch (RetortException e) {
                return new Outcome(tenant, null, headsIfReachable(one), e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
            }
        }));
    }

    /** Where each tenant is ({@code before} and {@code after} alike), or why it cannot be read. */
    public List<Outcome> current(int parallel) {
        RevisionGraph revisions = retort.revisions();
        return each(parallel, tenant -> {
            long start = System.nanoTime();
            try {
                Set<String> heads = retort.on(tenant.url(), tenant.schema(), revisions).heads();
                return new Outcome(tenant, heads, heads, null, Duration.ofNanos(System.nanoTime() - start));
            } catch (RetortException e) {
                return new Outcome(tenant, null, null, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
            }
        });
    }

    /** Where a tenant stayed after a failure, or null when it cannot be read either. */
    private static Set<String> headsIfReachable(Retort tenant) {
        try {
            return tenant.heads();
        } catch (RetortException e) {
            return null;
        }
    }

    private List<Outcome> each(int parallel, Function<Tenant, Outcome> work) {
        if (parallel < 1) {
            throw RetortException.badInput("--parallel must be 1 or more, not " + parallel);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, tenants.size()), runnable -> {
            Thread thread = new Thread(runnable, "retort-tenant");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            tenants.forEach(tenant -> running.add(pool.submit(() -> work.apply(tenant))));
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RetortException.failed("interrupted while tenants were being upgraded", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
