package dev.retort.ops;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Name;
import java.util.Objects;
import java.util.Optional;

public record AddCheck(Name table, CheckConstraint check) implements Operation {

    public AddCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public DropCheck reverse() {
        return new DropCheck(table, check);
    }

    @Override
    public String describe() {
        return "add check " + (check.name() == null ? "" : check.name() + " ") + "on " + table + " (" + check.expression() + ")";
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("adds check (" + check.expression() + ") to " + table + ": fails if a row breaks it");
    }
}
