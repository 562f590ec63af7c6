package dev.retort.ops;

import dev.retort.model.Name;
import java.util.Objects;

/** Sets ({@code to}) or removes ({@code to == null}) a table's comment. */
public record AlterTableComment(Name table, String from, String to) implements Operation {

    public AlterTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public AlterTableComment reverse() {
        return new AlterTableComment(table, to, from);
    }

    @Override
    public String describe() {
        return "alter comment of table " + table + (to == null ? " (removed)" : ": " + to);
    }
}
