package dev.retort.lint;

/**
 * Every lint rule: its code, how bad it is, what goes wrong and the safer way. docs/lint.md lists
 * them all (a test holds the two together). Codes: RT1xx lose data, RT2xx lock on PostgreSQL,
 * RT3xx lock on MySQL and MariaDB, RT4xx break the application version still running during a
 * rolling deploy.
 */
public enum Rule {

    DROP_TABLE("RT101", Severity.ERROR, "drops the table and every row in it",
            "drop it in a later revision, once no running version reads it and its rows are backed up"),
    DROP_COLUMN("RT102", Severity.ERROR, "drops the column and its data",
            "expand, migrate, contract: stop reading it in one release, drop it in a later revision"),
    DROP_SEQUENCE("RT103", Severity.WARNING, "the downgrade makes the sequence again at its start, not where it had reached",
            "keep it while anything may still draw from it"),
    NARROWING("RT104", Severity.ERROR, "values that do not fit the narrower type fail or are cut",
            "check the data first (the longest value, the largest number), or keep the wider type"),
    DROP_UNIQUE("RT105", Severity.WARNING, "duplicates become possible where the application may rely on none",
            "drop it once the application no longer relies on it"),
    SET_NOT_NULL("RT106", Severity.WARNING, "fails when a row holds NULL, and the running version may still write NULL",
            "backfill first and make the column NOT NULL in a later revision, once every running version writes it"),

    INDEX_BLOCKS_WRITES("RT201", Severity.WARNING, "builds the index under a lock that blocks every write to the table until it is done",
            "op.createIndex(...).concurrently(), which PostgreSQL builds without blocking writes (outside the transaction)"),
    FOREIGN_KEY_VALIDATES("RT202", Severity.WARNING, "checks every row under a lock that blocks writes to both tables",
            "add it NOT VALID, then VALIDATE CONSTRAINT in a later revision (op.execute(...)), which blocks no writes"),
    CHECK_VALIDATES("RT203", Severity.WARNING, "checks every row under a lock that blocks reads and writes of the table",
            "add it NOT VALID, then VALIDATE CONSTRAINT in a later revision (op.execute(...))"),
    TYPE_REWRITES("RT204", Severity.WARNING, "rewrites the whole table under a lock that blocks reads and writes",
            "add a new column of the new type, backfill it in batches, switch the application, drop the old one"),
    NOT_NULL_SCANS("RT205", Severity.WARNING, "scans the whole table under a lock that blocks reads and writes",
            "add CHECK (column IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL, which PostgreSQL 12+ does without the scan"),
    VOLATILE_DEFAULT("RT206", Severity.WARNING, "a volatile default rewrites the whole table under a lock that blocks reads and writes",
            "add the column without the default, backfill it in batches, then set the default"),
    LOCK_BUDGET("RT207", Severity.WARNING, "one transaction takes a lock on each table, index and sequence, and PostgreSQL's lock table"
            + " holds about 6,400 by default (max_locks_per_transaction 64 x max_connections 100), for every session together",
            "split the revision, or raise max_locks_per_transaction (a restart)"),

    TABLE_COPY("RT301", Severity.WARNING, "needs a copy of the table (ALGORITHM=COPY), which blocks writes until it is done",
            "online.engine=pt-osc (Percona's pt-online-schema-change), or run it when the table is quiet"),

    RENAME("RT401", Severity.WARNING, "the application version still running during the deploy reads the old name and fails",
            "expand, migrate, contract: add the new name, write both, switch reads, drop the old one in a later revision"),
    NOT_NULL_WITHOUT_DEFAULT("RT402", Severity.ERROR, "fails on a table that has rows, and the running version's inserts, which do not"
            + " know the column, fail", "add it with a default, or nullable; backfill; make it NOT NULL in a later revision");

    /** An error fails {@code lint --strict} unless acknowledged; a warning never does. */
    public enum Severity { ERROR, WARNING }

    private final String code;
    private final Severity severity;
    private final String why;
    private final String instead;

    Rule(String code, Severity severity, String why, String instead) {
        this.code = code;
        this.severity = severity;
        this.why = why;
        this.instead = instead;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** What goes wrong, in one line. */
    public String why() {
        return why;
    }

    /** The safer way. */
    public String instead() {
        return instead;
    }
}
