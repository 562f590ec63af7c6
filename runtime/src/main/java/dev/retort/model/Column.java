package dev.retort.model;

import java.util.Objects;

/**
 * A column. {@code defaultValue} is the SQL default expression as the database should store it
 * ({@code null} for none); {@code identity} marks a database-generated key.
 */
public record Column(Name name, ColumnType type, boolean nullable, String defaultValue, boolean identity, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column without default, as JPA maps a field unless told otherwise. */
    public static Column of(String name, ColumnType type) {
        return new Column(Name.of(name), type, true, null, false, null);
    }

    public Column notNull() {
        return nullable(false);
    }

    public Column nullable(boolean nullable) {
        return new Column(name, type, nullable, defaultValue, identity, comment);
    }

    public Column defaultValue(String defaultValue) {
        return new Column(name, type, nullable, defaultValue, identity, comment);
    }

    public Column asIdentity() {
        return new Column(name, type, nullable, defaultValue, true, comment);
    }

    public Column comment(String comment) {
        return new Column(name, type, nullable, defaultValue, identity, comment);
    }

    public Column type(ColumnType type) {
        return new Column(name, type, nullable, defaultValue, identity, comment);
    }

    /** One line for people: {@code gender VARCHAR(10) NOT NULL}. */
    public String describe() {
        StringBuilder text = new StringBuilder(name.spelled()).append(' ').append(type.describe());
        if (!nullable) {
            text.append(" NOT NULL");
        }
        if (identity) {
            text.append(" IDENTITY");
        }
        if (defaultValue != null) {
            text.append(" DEFAULT ").append(defaultValue);
        }
        return text.toString();
    }
}
