package dev.retort.cli;

import dev.retort.autogen.Verification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "verify",
        description = {"Prove a revision on a scratch schema made for it (and dropped after): upgrade from its parent, nothing left to"
                + " autogenerate at the head, downgrade back to the parent's schema object for object, upgrade again.",
            "The configured schema is never touched; verify.url names another database to work on."},
        footer = {"", "Examples:", "  retort verify", "  retort verify 3f2a1b9c04de", "  retort verify --all   # every revision, base to head and back, for CI"})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Parameters(arity = "0..1", paramLabel = "REV", defaultValue = "head", description = "The revision to verify (default: head).")
    String revision;

    @Option(names = "--all", description = "Verify every revision from base to head, then downgrade base.")
    boolean all;

    @Option(names = "--with-data", description = "First put a few generated rows in every table: the columns a revision keeps must keep"
            + " their values through its upgrade and its downgrade.")
    boolean withData;

    @Override
    public Integer call() {
        Verification verification = Verification.of(retort.retort());
        Verification.Report report = all ? verification.all(withData) : verification.verify(revision, withData);
        return print(retort, report);
    }

    /** The steps, one line each and the reasons under a failed one; exit 1 when one failed. */
    static int print(RetortCommand retort, Verification.Report report) {
        PrintWriter out = retort.out();
        out.println("Verifying on the scratch schema " + report.scratch() + " (dropped):");
        for (Verification.Step step : report.steps()) {
            out.println(step.passed() ? "  " + retort.style().applied("PASS") + "  " + step.name() : "  " + retort.style().error("FAIL") + "  " + step.name());
            step.failures().forEach(failure -> out.println("        " + failure));
        }
        if (report.passed()) {
            out.println("Verified.");
            return 0;
        }
        out.println(retort.style().error("Verification failed: " + report.steps().stream().filter(step -> !step.passed()).count() + " of "
                + report.steps().size() + " checks."));
        return RetortCommand.FAILED;
    }
}
