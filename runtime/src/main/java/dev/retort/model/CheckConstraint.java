package dev.retort.model;

import java.util.Objects;

/**
 * A check constraint. {@code name} is null when nobody named it (the database then names it);
 * {@code expression} is SQL as written, or as the database renders it when read from the catalog.
 * Checks are compared by the database's rendering of the expression, never by text, and by name
 * only where the user chose it ({@code explicitName}).
 */
public record CheckConstraint(Name name, String expression, boolean explicitName) {

    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("a check constraint needs an expression");
        }
    }

    public CheckConstraint(Name name, String expression) {
        this(name, expression, false);
    }

    public static CheckConstraint of(String expression) {
        return new CheckConstraint(null, expression);
    }

    public static CheckConstraint named(String name, String expression) {
        return new CheckConstraint(Name.of(name), expression);
    }
}
