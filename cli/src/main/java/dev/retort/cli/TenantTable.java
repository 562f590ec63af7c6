package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.Tenants;
import dev.retort.revision.RevisionGraph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The outcome of a command run on every tenant: one row each, a count, and exit 1 naming the tenants that failed. */
final class TenantTable {

    private TenantTable() {}

    /** The tenants of {@code file}, or with none, those retort.properties names. */
    static Tenants tenants(Retort engine, Path file) {
        return Tenants.of(engine, file == null ? Tenants.configured(engine) : Tenants.read(file));
    }

    static int print(RetortCommand retort, List<Tenants.Outcome> outcomes, boolean upgrade) {
        PrintWriter out = retort.out();
        out.println(upgrade ? "| tenant | before | after | result |" : "| tenant | revision | result |");
        out.println(upgrade ? "|---|---|---|---|" : "|---|---|---|");
        for (Tenants.Outcome outcome : outcomes) {
            String result = outcome.failed() ? retort.style().error("FAILED: " + outcome.failure())
                    : upgrade && outcome.before().equals(outcome.after()) ? "nothing to do"
                    : upgrade ? retort.style().applied("upgraded in " + String.format("%.2f s", outcome.took().toMillis() / 1000.0)) : "ok";
            out.println("| " + outcome.tenant().name() + (upgrade ? " | " + heads(outcome.before()) : "") + " | " + heads(outcome.after()) + " | "
                    + result + " |");
        }
        List<String> failed = outcomes.stream().filter(Tenants.Outcome::failed).map(outcome -> outcome.tenant().name()).toList();
        out.println(outcomes.size() + " tenant(s), " + (outcomes.size() - failed.size()) + " ok, " + failed.size() + " failed.");
        if (!failed.isEmpty()) {
            throw RetortException.failed(failed.size() + " of " + outcomes.size() + " tenants failed: " + String.join(", ", failed)
                    + (upgrade ? "; once the cause is fixed, the same command upgrades them and leaves the others, already there" : ""), null);
        }
        return 0;
    }

    private static String heads(Set<String> heads) {
        return heads == null ? "-" : RevisionGraph.describe(heads.stream().sorted().toList());
    }
}
