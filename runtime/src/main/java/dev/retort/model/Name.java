package dev.retort.model;

import java.util.Objects;

/**
 * A database identifier as the model spelled it, and whether it was quoted.
 *
 * <p>Two names are equal as values only when spelled alike; whether the database treats them as the
 * same object is the dialect's call ({@link dev.retort.dialect.Dialect#key(Name)}), because case
 * folding differs between databases. In revision files a quoted name is written in backticks, as in
 * Hibernate's annotations: {@code "`Order`"}.
 */
public record Name(String text, boolean quoted) implements Comparable<Name> {

    public Name {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier cannot contain NUL");
        }
    }

    /** Parses a name as written in a revision file or annotation: backticks or double quotes mean quoted. */
    public static Name of(String spelled) {
        Objects.requireNonNull(spelled, "name");
        if (spelled.length() > 2
                && ((spelled.startsWith("`") && spelled.endsWith("`"))
                        || (spelled.startsWith("\"") && spelled.endsWith("\"")))) {
            return new Name(spelled.substring(1, spelled.length() - 1), true);
        }
        return new Name(spelled, false);
    }

    public static Name quoted(String text) {
        return new Name(text, true);
    }

    /** The spelling {@link #of(String)} reads back. */
    public String spelled() {
        return quoted ? "`" + text + "`" : text;
    }

    @Override
    public int compareTo(Name other) {
        return text.compareToIgnoreCase(other.text);
    }

    @Override
    public String toString() {
        return spelled();
    }
}
