package dev.retort.model;

import java.util.Objects;

/** A database sequence, such as the one behind {@code @SequenceGenerator} or Hibernate's default {@code <entity>_SEQ}. */
public record Sequence(Name name, long start, long increment) {

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
        return new Sequence(name, start, increment);
    }

    public Sequence incrementBy(long increment) {
        return new Sequence(name, start, increment);
    }
}
