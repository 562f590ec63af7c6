package dev.retort.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Pairs target and current objects by a key: what only the target has, what only the database has, and pairs. */
record Matching<T>(List<T> added, List<T> removed, List<Pair<T>> matched) {

    record Pair<T>(T target, T current) {}

    static <T, K> Matching<T> of(List<T> target, List<T> current, Function<T, K> key) {
        return of(target, current, key, key);
    }

    /** Pairs by keys computed differently on each side (e.g. a target's expression as the database would render it). */
    static <T, K> Matching<T> of(List<T> target, List<T> current, Function<T, K> targetKey, Function<T, K> currentKey) {
        Map<K, T> remaining = new LinkedHashMap<>();
        current.forEach(item -> remaining.putIfAbsent(currentKey.apply(item), item));
        List<T> added = new ArrayList<>();
        List<Pair<T>> matched = new ArrayList<>();
        for (T item : target) {
            T existing = remaining.remove(targetKey.apply(item));
            if (existing == null) {
                added.add(item);
            } else {
                matched.add(new Pair<>(item, existing));
            }
        }
        return new Matching<>(added, new ArrayList<>(remaining.values()), matched);
    }

    /** The same matching with pairs that {@code differ} turned back into a removal and an addition. */
    Matching<T> unpairing(Predicate<Pair<T>> differ) {
        List<T> stillAdded = new ArrayList<>(added);
        List<T> stillRemoved = new ArrayList<>(removed);
        List<Pair<T>> stillMatched = new ArrayList<>();
        for (Pair<T> pair : matched) {
            if (differ.test(pair)) {
                stillAdded.add(pair.target());
                stillRemoved.add(pair.current());
            } else {
                stillMatched.add(pair);
            }
        }
        return new Matching<>(stillAdded, stillRemoved, stillMatched);
    }
}
