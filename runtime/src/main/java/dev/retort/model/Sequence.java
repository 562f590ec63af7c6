package dev.retort.model;

import java.util.Objects;

/**
 * A database sequence, such as the one behind {@code @SequenceGenerator} or Hibernate's default
 * {@code <entity>_SEQ}. {@code cache} is how many values the database hands out ahead, or null for
 * what Hibernate's own DDL gives it on each database ({@code nocache} on MariaDB, the default
 * elsewhere); only a sequence made otherwise has one.
 */
public record Sequence(Name name, long start, long increment, Long cache) {

    public Sequence(Name name, long start, long increment) {
        this(name, start, increment, null);
    }

    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have increment 0");
        }
    }

    public static Sequence of(String name) {
        return new Sequence(Name.of(name), 1, 1);
    }

    public Sequence startWith(long start) {
        return new Sequence(name, start, increment, cache);
    }

    public Sequence incrementBy(long increment) {
        return new Sequence(name, start, increment, cache);
    }

    public Sequence cache(long cache) {
        return new Sequence(name, start, increment, cache);
    }

    /** The same sequence under another spelling of its name. */
    public Sequence named(Name other) {
        return new Sequence(other, start, increment, cache);
    }
}
