package dev.retort.cli;

import dev.retort.autogen.Autogen;
import dev.retort.autogen.AutogenOptions;
import dev.retort.autogen.Verification;
import dev.retort.lint.Finding;
import dev.retort.Retort;
import dev.retort.diff.RenameProposal;
import dev.retort.ops.Operation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "autogen",
        description = "Compare the entities with the database and write a revision that makes them match.",
        footer = {"", "A dropped and an added column (or table) that look like a rename are asked about on a terminal;",
            "elsewhere they stay a drop and an add, with a warning. Say what was renamed with --rename.", "",
            "Examples:", "  retort autogen -m \"remove gender\"",
            "  retort autogen -m \"rename job title\" --rename employee.job_title=position"})
final class AutogenCommand implements Callable<Integer> {

    @ParentCommand
    RetortCommand retort;

    @Mixin
    MessageOption message;

    @Option(names = "--json", description = "Print the result as one line of JSON (fields in docs/commands.md).")
    boolean json;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A rename to apply instead of a drop and an add:"
            + " table.old_column=new_column or old_table=new_table (repeatable).")
    List<String> renames = new ArrayList<>();

    @Option(names = "--drop-unmanaged", description = "Also drop tables and sequences no entity maps and no revision created.")
    boolean dropUnmanaged;

    @Option(names = "--verify", description = "Then prove the new revision on a scratch schema, as 'retort verify' does (exit 1 when a check fails;"
            + " the file stays, to fix or delete).")
    boolean verify;

    @Override
    public Integer call() {
        PrintWriter out = retort.out();
        Retort engine = retort.retort(json);
        Autogen.AutogenResult result = Autogen.of(engine).autogen(message.value(),
                new AutogenOptions(renames, dropUnmanaged, json ? proposal -> false : confirmation(out)));
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("revision", result.revisionId());
            fields.put("file", result.file() == null ? null : retort.display(result.file()));
            fields.put("operations", result.plan().operations().stream().map(Operation::describe).toList());
            fields.put("warnings", result.plan().warnings());
            fields.put("proposals", result.plan().proposals().stream().map(proposal -> proposal.rename().toString()).toList());
            fields.put("notes", result.plan().notes());
            fields.put("lint", result.lint().stream().map(Finding::describe).toList());
            Verification.Report report = verify && result.file() != null ? Verification.of(engine).verify(result.revisionId()) : null;
            if (report != null) {
                fields.put("verification", report.steps().stream().map(step -> {
                    Map<String, Object> check = new LinkedHashMap<>();
                    check.put("check", step.name());
                    check.put("passed", step.passed());
                    check.put("failures", step.failures());
                    return check;
                }).toList());
            }
            out.println(Json.of(fields));
            return report == null || report.passed() ? 0 : RetortCommand.FAILED;
        }
        result.plan().notes().forEach(note -> out.println("Note: " + note));
        if (result.file() == null) {
            out.println("No changes detected; no revision written.");
            return 0;
        }
        for (Operation operation : result.plan().operations()) {
            out.println("Detected " + operation.describe());
        }
        for (String warning : result.plan().warnings()) {
            out.println(retort.style().warning("WARNING: " + warning));
        }
        for (RenameProposal proposal : result.plan().proposals()) {
            out.println(retort.style().warning("WARNING: possible rename " + proposal + " was written as a drop and an add;"
                    + " if it is a rename, delete the file and run autogen with --rename " + proposal.rename()));
        }
        LintCommand.print(retort, result.lint());
        retort.generated(result.file());
        return verify ? VerifyCommand.print(retort, Verification.of(engine).verify(result.revisionId())) : 0;
    }

    /** On a terminal, each guessed rename is a question; elsewhere nothing is guessed. */
    private Predicate<RenameProposal> confirmation(PrintWriter out) {
        Terminal terminal = retort.terminal();
        if (!terminal.interactive()) {
            return proposal -> false;
        }
        return proposal -> {
            out.flush();
            String answer = terminal.ask("Is this a rename: " + proposal.rename() + "? " + proposal.why() + " [y/N] ");
            return answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        };
    }
}
