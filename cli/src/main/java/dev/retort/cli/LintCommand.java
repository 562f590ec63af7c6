package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.dialect.Dialect;
import dev.retort.lint.Finding;
import dev.retort.lint.Linter;
import dev.retort.lint.Rule;
import dev.retort.revision.RevisionInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "lint",
        description = {"Check a revision's upgrade for what loses data, locks a busy table on the configured database, or breaks the"
                + " application version still running during a deploy; each finding with its code and the safer way (docs/lint.md).",
            "Nothing connects: the database is the configured one, at its default version."},
        footer = {"", "Examples:", "  retort lint", "  retort lint 3f2a1b9c04de --strict   # exit 1 on an error not acknowledged in the file"})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(arity = "0..1", paramLabel = "REV", defaultValue = "head", description = "The revision to lint (default: head).")
    String revision;

    @Option(names = "--strict", description = "Exit 1 when an error-level finding is not acknowledged with @Acknowledged in the revision.")
    boolean strict;

    @Override
    public Integer call() {
        Retort engine = retort.retort();
        RevisionInfo info = engine.revisions().single(revision, "lint");
        Dialect dialect = engine.offlineDialect();
        List<Finding> findings = Linter.of(dialect, engine.config().online()).lint(info);
        retort.out().println("Lint of " + info.label() + " for " + dialect + ":");
        print(retort, findings);
        if (findings.isEmpty()) {
            retort.out().println("No findings.");
        }
        return strict && findings.stream().anyMatch(Finding::fails) ? RetortCommand.FAILED : 0;
    }

    /** One line per finding (errors red, warnings yellow, acknowledged ones plain) and a count. */
    static void print(RetortCommand retort, List<Finding> findings) {
        PrintWriter out = retort.out();
        for (Finding finding : findings) {
            String line = "Lint " + finding.describe();
            out.println(finding.acknowledged() != null ? line
                    : finding.rule().severity() == Rule.Severity.ERROR ? retort.style().error(line) : retort.style().warning(line));
        }
        long errors = findings.stream().filter(Finding::fails).count();
        if (!findings.isEmpty()) {
            out.println("Lint: " + findings.size() + " finding(s), " + errors + " error(s) not acknowledged (docs/lint.md).");
        }
    }
}
