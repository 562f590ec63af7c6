package dev.retort.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for lists of names. */
public final class Names {

    private Names() {}

    public static List<Name> of(String... spelled) {
        return Arrays.stream(spelled).map(Name::of).toList();
    }

    /** {@code a, b, c} for messages. */
    public static String join(List<Name> names) {
        return names.stream().map(Name::spelled).collect(Collectors.joining(", "));
    }
}
