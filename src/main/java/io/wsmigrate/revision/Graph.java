package io.wsmigrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The validated, indexed graph behind {@link RevisionMap}. Two kinds of edge point down: a
 * revision's parents (its down_revisions) and its dependencies (depends_on, resolved to ids).
 * Ancestry follows both; "children", heads, branch points and relative moves follow parents only,
 * as in Alembic. Every walk uses an explicit stack: histories may be thousands of revisions deep.
 */
final class Graph {
    private final Map<String, Revision> revisions;
    private final Map<String, List<String>> parents;
    private final Map<String, List<String>> dependencies;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final Map<String, String> labels;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> heads;
    private final List<String> bases;

    /** {@code topological} lists parents and dependencies before the revisions that name them. */
    Graph(List<Revision> topological, Map<String, List<String>> parents, Map<String, List<String>> dependencies,
          Map<String, String> labels) {
        this.revisions = new LinkedHashMap<>();
        this.parents = Map.copyOf(parents);
        this.dependencies = Map.copyOf(dependencies);
        this.labels = Map.copyOf(labels);
        for (Revision revision : topological) {
            String id = revision.id();
            revisions.put(id, revision);
            positions.put(id, positions.size());
            children.put(id, new ArrayList<>());
            dependents.put(id, new ArrayList<>());
        }
        for (Revision revision : topological) {
            parents(revision.id()).forEach(parent -> children.get(parent).add(revision.id()));
            dependencies(revision.id()).forEach(dependency -> dependents.get(dependency).add(revision.id()));
        }
        children.replaceAll((id, list) -> sorted(list));
        dependents.replaceAll((id, list) -> sorted(list));
        List<String> headIds = new ArrayList<>();
        List<String> baseIds = new ArrayList<>();
        for (String id : revisions.keySet()) {
            if (children(id).isEmpty()) {
                headIds.add(id);
            }
            if (parents(id).isEmpty()) {
                baseIds.add(id);
            }
        }
        heads = sorted(headIds);
        bases = sorted(baseIds);
    }

    /** Plain loops, no streams: this runs a few thousand times on every command of a long history. */
    private static List<String> sorted(List<String> ids) {
        if (ids.size() > 1) {
            ids.sort(null);
        }
        return List.copyOf(ids);
    }

    boolean contains(String id) {
        return revisions.containsKey(id);
    }

    Revision revision(String id) {
        return revisions.get(id);
    }

    Collection<Revision> inOrder() {
        return revisions.values();
    }

    Set<String> ids() {
        return revisions.keySet();
    }

    int size() {
        return revisions.size();
    }

    List<String> parents(String id) {
        return parents.getOrDefault(id, List.of());
    }

    List<String> dependencies(String id) {
        return dependencies.getOrDefault(id, List.of());
    }

    List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    Optional<String> labelled(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    int position(String id) {
        return positions.get(id);
    }

    /** Revisions no other revision names as down_revision (dependents don't count, as in Alembic). */
    List<String> heads() {
        return heads;
    }

    List<String> bases() {
        return bases;
    }

    /** The given revisions and everything below them through parents and dependencies. */
    Set<String> ancestors(Collection<String> start) {
        return reach(start, this::below);
    }

    /** Everything below {@code start} through parents and dependencies, {@code start} itself only if below another. */
    Set<String> strictlyBelow(Collection<String> start) {
        List<String> under = new ArrayList<>();
        start.forEach(id -> under.addAll(below(id)));
        return reach(under, this::below);
    }

    /**
     * Which of {@code wanted} lie at or below {@code start}. Only walks the part of the graph above
     * the oldest wanted revision (nothing older can lead to it), so checks near the top of a long
     * history stay cheap.
     */
    Set<String> ancestorsAmong(Collection<String> start, Collection<String> wanted) {
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        int floor = wanted.stream().mapToInt(this::position).min().getAsInt();
        Set<String> seen = new HashSet<>(start);
        Deque<String> stack = new ArrayDeque<>(start);
        while (!stack.isEmpty() && found.size() < wanted.size()) {
            String id = stack.pop();
            if (wanted.contains(id)) {
                found.add(id);
            }
            for (String down : below(id)) {
                if (position(down) >= floor && seen.add(down)) {
                    stack.push(down);
                }
            }
        }
        return found;
    }

    /** The given revisions and everything above them through children and dependents. */
    Set<String> descendants(Collection<String> start) {
        return reach(start, this::above);
    }

    /** The revision and everything above it through children only: the branch it starts. */
    Set<String> lineage(String root) {
        return reach(List.of(root), this::children);
    }

    /** The members of a down-closed set that nothing else in the set stands on: its heads. */
    Set<String> maximal(Set<String> closed) {
        Set<String> result = new HashSet<>();
        for (String id : closed) {
            if (above(id).stream().noneMatch(closed::contains)) {
                result.add(id);
            }
        }
        return result;
    }

    List<String> below(String id) {
        return concat(parents(id), dependencies(id));
    }

    List<String> above(String id) {
        return concat(children(id), dependents.getOrDefault(id, List.of()));
    }

    /** Oldest first: the topological order of {@link #inOrder()}. */
    List<String> oldestFirst(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparingInt(this::position)).toList();
    }

    List<String> newestFirst(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparingInt(this::position).reversed()).toList();
    }

    private static Set<String> reach(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> stack = new ArrayDeque<>(start);
        while (!stack.isEmpty()) {
            for (String neighbour : next.apply(stack.pop())) {
                if (seen.add(neighbour)) {
                    stack.push(neighbour);
                }
            }
        }
        return seen;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
