package dev.retort.ops;

import java.util.Objects;

/**
 * Raw SQL written by hand in a revision, run as is on every dialect. It cannot know its own reverse:
 * a hand-written revision states its downgrade explicitly.
 */
public record ExecuteSql(String sql) implements Operation {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("execute needs a SQL statement");
        }
    }

    @Override
    public Operation reverse() {
        throw new UnsupportedOperationException("raw SQL has no automatic reverse; write the downgrade by hand");
    }

    @Override
    public String describe() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return "execute " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
    }
}
