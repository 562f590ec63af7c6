package dev.retort.lint;

/**
 * A rule an operation breaks: {@code what} names the operation ({@code drop column employee.gender});
 * {@code acknowledged} is the reason the revision gives for accepting it, or null.
 */
public record Finding(Rule rule, String what, String acknowledged) {

    public Finding(Rule rule, String what) {
        this(rule, what, null);
    }

    /** An unacknowledged error: it fails {@code lint --strict}. */
    public boolean fails() {
        return rule.severity() == Rule.Severity.ERROR && acknowledged == null;
    }

    Finding acknowledging(String reason) {
        return new Finding(rule, what, reason);
    }

    /** {@code RT102 error: drop column employee.gender: drops the column and its data. Instead: ...} */
    public String describe() {
        return rule.code() + " " + rule.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + what + ": " + rule.why() + ". Instead: "
                + rule.instead() + (acknowledged == null ? "" : ". Acknowledged: " + acknowledged);
    }
}
