package dev.retort.scan;

import dev.retort.model.ColumnType;
import java.util.Optional;

/**
 * The type a database gives a column declared with a JPA {@code columnDefinition} (Hibernate
 * keeps only the field's own type in its model). Empty where it cannot tell: the scanner then
 * uses the field's type with the sizes written in the definition.
 */
@FunctionalInterface
public interface DeclaredTypes {

    /** Without a database: every definition keeps the field's type. */
    DeclaredTypes NONE = definition -> Optional.empty();

    Optional<ColumnType> typeOf(String declaredType);
}
