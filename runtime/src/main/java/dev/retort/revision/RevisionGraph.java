package dev.retort.revision;

import dev.retort.RetortException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Revisions as a directed acyclic graph of parents. Answers which revisions lie between where the
 * database is (a set of applied heads; empty at base) and a target such as {@code head},
 * {@code base}, {@code -1}, {@code +2}, an id or a unique prefix, or {@code <rev>+N}.
 */
public final class RevisionGraph {

    /** A revision as {@code history} lists it: {@code parents -> id (head) (current), message}. */
    public String historyLine(RevisionInfo revision, Set<String> current) {
        return (revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents())) + " -> " + revision.id()
                + (children.containsKey(revision.id()) ? "" : " (head)") + (current.contains(revision.id()) ? " (current)" : "")
                + ", " + revision.message();
    }

    /** Heads as a user reads them: {@code base} when there are none, else their ids. */
    public static String describe(Collection<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static final Pattern TARGET = Pattern.compile("(?<base>[^+-]*)(?<step>[+-]\\d+)?");

    private final Map<String, RevisionInfo> revisions;
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<RevisionInfo> ordered;

    private RevisionGraph(Map<String, RevisionInfo> revisions) {
        this.revisions = revisions;
        revisions.values().forEach(revision -> revision.parents()
                .forEach(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(revision.id())));
        this.ordered = parentsFirst();
    }

    /** Checks ids, parents and cycles, naming the file at fault. */
    public static RevisionGraph of(Collection<RevisionInfo> revisions) {
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        for (RevisionInfo revision : revisions) {
            if (revision.id().isBlank()) {
                throw RetortException.badInput(revision.origin() + ": @Revision id is empty");
            }
            RevisionInfo previous = byId.putIfAbsent(revision.id(), revision);
            if (previous != null) {
                throw RetortException.badInput("revision id " + revision.id() + " is claimed by both " + previous.origin()
                        + " and " + revision.origin());
            }
        }
        for (RevisionInfo revision : byId.values()) {
            for (String parent : revision.parents()) {
                if (!byId.containsKey(parent)) {
                    throw RetortException.badInput(revision.origin() + ": parent revision " + parent + " does not exist");
                }
            }
        }
        return new RevisionGraph(byId);
    }

    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    public RevisionInfo get(String id) {
        return revisions.get(id);
    }

    public boolean contains(String id) {
        return revisions.containsKey(id);
    }

    /** Every revision, parents before children. */
    public List<RevisionInfo> all() {
        return ordered;
    }

    /** Revisions more than one revision follows: where history branched. */
    public List<String> branchPoints() {
        return ordered.stream().map(RevisionInfo::id).filter(id -> children.getOrDefault(id, List.of()).size() > 1).toList();
    }

    /** The revisions directly following {@code id}. */
    public List<String> children(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** Revisions no other revision follows, in creation order. */
    public List<String> heads() {
        return ordered.stream().map(RevisionInfo::id).filter(id -> !children.containsKey(id)).toList();
    }

    /** The revisions to apply, in order, to go from {@code current} heads to {@code target}. */
    public List<RevisionInfo> upgradePath(Set<String> current, String target) {
        Set<String> wanted = ancestors(resolve(target, current));
        Set<String> toApply = new LinkedHashSet<>(wanted);
        toApply.removeAll(ancestors(current));
        if (toApply.isEmpty() && !wanted.containsAll(current)) {
            throw RetortException.badInput("'" + target + "' is below the current revision " + String.join(", ", current)
                    + ": use downgrade");
        }
        return ordered.stream().filter(revision -> toApply.contains(revision.id())).toList();
    }

    /** The revisions to revert, in order, to go from {@code current} heads down to {@code target}. */
    public List<RevisionInfo> downgradePath(Set<String> current, String target) {
        Set<String> wanted = resolve(target, current);
        Set<String> applied = ancestors(current);
        if (!applied.containsAll(wanted)) {
            throw RetortException.badInput("'" + target + "' is not below the current revision: use upgrade");
        }
        Set<String> toRevert = new LinkedHashSet<>(applied);
        toRevert.removeAll(ancestors(wanted));
        List<RevisionInfo> path = new ArrayList<>(ordered.stream().filter(revision -> toRevert.contains(revision.id())).toList());
        Collections.reverse(path);
        return path;
    }

    /** The heads recorded after applying {@code revision} on top of {@code heads}. */
    public Set<String> headsAfterUpgrade(Set<String> heads, RevisionInfo revision) {
        Set<String> next = new TreeSet<>(heads);
        revision.parents().forEach(next::remove);
        next.add(revision.id());
        return next;
    }

    /** The heads recorded after reverting {@code revision}: its parents, unless another head already covers them. */
    public Set<String> headsAfterDowngrade(Set<String> heads, RevisionInfo revision) {
        Set<String> next = new TreeSet<>(heads);
        next.remove(revision.id());
        Set<String> covered = ancestors(next);
        revision.parents().stream().filter(parent -> !covered.contains(parent)).forEach(next::add);
        return next;
    }

    /** The one revision {@code target} names ({@code head}, an id or a unique prefix), for a command that works on one: {@code what}. */
    public RevisionInfo single(String target, String what) {
        Set<String> resolved = resolve(target, Set.of());
        if (resolved.size() != 1) {
            throw RetortException.badInput(resolved.isEmpty() ? "there is no revision to " + what
                    : "'" + target + "' is " + describe(List.copyOf(resolved)) + ": name one revision to " + what);
        }
        return get(resolved.iterator().next());
    }

    /** The revisions a target names, relative steps counted from {@code current}; the empty set is base. */
    public Set<String> resolve(String target, Set<String> current) {
        Matcher matcher = TARGET.matcher(target.strip());
        if (target.isBlank() || !matcher.matches()) {
            throw RetortException.badInput("malformed target '" + target + "' (expected head, heads, base, +N, -N, or a revision id)");
        }
        String base = matcher.group("base");
        String step = matcher.group("step");
        Set<String> start;
        if (base.isEmpty()) {
            if (step == null) {
                throw RetortException.badInput("malformed target '" + target + "'");
            }
            start = current;
        } else if (base.equals("head")) {
            start = Set.of(singleHead(target));
        } else if (base.equals("heads")) {
            start = new LinkedHashSet<>(heads());
        } else if (base.equals("base")) {
            start = Set.of();
        } else {
            start = Set.of(byPrefix(base));
        }
        if (step == null) {
            return start;
        }
        try {
            return walk(start, Integer.parseInt(step), target);
        } catch (NumberFormatException e) {
            throw RetortException.badInput("target '" + target + "' moves " + step.replaceFirst("^[+-]", "") + " steps: more than any"
                    + " history has");
        }
    }

    private String singleHead(String target) {
        List<String> heads = heads();
        if (heads.isEmpty()) {
            throw RetortException.badInput("there are no revisions yet: run autogen or revision first");
        }
        if (heads.size() > 1) {
            throw RetortException.badInput("'" + target + "' is ambiguous: there are " + heads.size() + " heads ("
                    + String.join(", ", heads) + "): 'retort upgrade heads' applies them all, 'retort merge -m \"...\"' joins them into one,"
                    + " or name one");
        }
        return heads.get(0);
    }

    private String byPrefix(String prefix) {
        if (revisions.containsKey(prefix)) {
            return prefix;
        }
        List<String> matches = revisions.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
        if (matches.isEmpty()) {
            throw RetortException.badInput("no revision '" + prefix + "'");
        }
        if (matches.size() > 1) {
            throw RetortException.badInput("revision prefix '" + prefix + "' is ambiguous: " + String.join(", ", matches));
        }
        return matches.get(0);
    }

    /** {@code steps} up (positive) or down (negative) from a single revision. */
    private Set<String> walk(Set<String> start, int steps, String target) {
        if (start.size() > 1) {
            throw RetortException.badInput("'" + target + "' is ambiguous from several heads (" + String.join(", ", start) + ")");
        }
        String at = start.isEmpty() ? null : start.iterator().next();
        for (int i = 0; i < Math.abs(steps); i++) {
            if (steps < 0 && at == null) {
                throw RetortException.badInput("'" + target + "' goes below base");
            }
            List<String> next = steps > 0
                    ? (at == null ? roots() : children.getOrDefault(at, List.of()))
                    : revisions.get(at).parents();
            if (next.isEmpty() && steps > 0) {
                throw RetortException.badInput("'" + target + "' goes past head");
            }
            if (next.size() > 1) {
                throw RetortException.badInput("'" + target + "' is ambiguous at " + (at == null ? "base" : at) + " (branches: "
                        + String.join(", ", next) + ")");
            }
            at = next.isEmpty() ? null : next.get(0); // below a first revision lies base
        }
        return at == null ? Set.of() : Set.of(at);
    }

    private List<String> roots() {
        return ordered.stream().filter(revision -> revision.parents().isEmpty()).map(RevisionInfo::id).toList();
    }

    /** The given revisions and everything below them. */
    public Set<String> ancestors(Set<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(ids);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (seen.add(id) && revisions.containsKey(id)) {
                pending.addAll(revisions.get(id).parents());
            }
        }
        return seen;
    }

    /** Kahn's algorithm, ties broken by creation time then id; whatever cannot be ordered is a cycle. */
    private List<RevisionInfo> parentsFirst() {
        Map<String, Integer> waiting = new HashMap<>();
        revisions.values().forEach(revision -> waiting.put(revision.id(), revision.parents().size()));
        Comparator<RevisionInfo> order = Comparator.comparing(RevisionInfo::created).thenComparing(RevisionInfo::id);
        TreeSet<RevisionInfo> ready = new TreeSet<>(order);
        revisions.values().stream().filter(revision -> revision.parents().isEmpty()).forEach(ready::add);
        List<RevisionInfo> result = new ArrayList<>();
        while (!ready.isEmpty()) {
            RevisionInfo next = ready.pollFirst();
            result.add(next);
            for (String child : children.getOrDefault(next.id(), List.of())) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(revisions.get(child));
                }
            }
        }
        if (result.size() < revisions.size()) {
            RevisionInfo stuck = revisions.values().stream().filter(revision -> !result.contains(revision)).findFirst().orElseThrow();
            throw RetortException.badInput(stuck.origin() + ": revision " + stuck.id() + " is part of a cycle of parents");
        }
        return List.copyOf(result);
    }
}
