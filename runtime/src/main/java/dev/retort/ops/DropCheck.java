package dev.retort.ops;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Name;
import java.util.Objects;

/** Drops a check by name: a check read from the catalog always has the name the database gave it. */
public record DropCheck(Name table, CheckConstraint check) implements Operation {

    public DropCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
        if (check.name() == null) {
            throw new IllegalArgumentException("dropping a check needs its name: (" + check.expression() + ") on " + table);
        }
    }

    @Override
    public AddCheck reverse() {
        return new AddCheck(table, check);
    }

    @Override
    public String describe() {
        return "drop check " + check.name() + " on " + table + " (" + check.expression() + ")";
    }
}
