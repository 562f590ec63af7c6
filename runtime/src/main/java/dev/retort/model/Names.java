package dev.retort.model;

import java.util.ArrayList;
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

    /** {@code a, b desc} for messages: an index's columns with the directions that are not the default. */
    public static String join(List<Name> names, List<Boolean> descending) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(names.get(i).spelled() + (descending.get(i) ? " desc" : ""));
        }
        return String.join(", ", columns);
    }
}
