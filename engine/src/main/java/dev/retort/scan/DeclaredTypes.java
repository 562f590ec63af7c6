package dev.retort.scan;

import dev.retort.model.ColumnType;

/**
 * The type a database gives a column declared with a JPA {@code columnDefinition} (Hibernate
 * keeps only the field's own type in its model). A type the database refuses is bad input, as
 * Hibernate's own DDL would fail on it too.
 */
@FunctionalInterface
public interface DeclaredTypes {

    ColumnType typeOf(String declaredType);
}
