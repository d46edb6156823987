package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Kahn's algorithm with a min-heap on the id: parents and dependencies first, ties broken by id,
 * so the order is the same on every machine. Whatever Kahn cannot place sits on or above a cycle;
 * the cycle is then found by following links down from the smallest leftover id.
 */
final class TopologicalSort {
    private TopologicalSort() {
    }

    static List<Revision> sort(Map<String, Revision> byId, Map<String, List<String>> parents,
                               Map<String, List<String>> dependencies) {
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> above = new HashMap<>();
        for (String id : byId.keySet()) {
            List<String> below = below(id, parents, dependencies);
            waitingOn.put(id, below.size());
            below.forEach(down -> above.computeIfAbsent(down, key -> new ArrayList<>()).add(id));
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        waitingOn.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<Revision> order = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(byId.get(id));
            for (String up : above.getOrDefault(id, List.of())) {
                if (waitingOn.merge(up, -1, Integer::sum) == 0) {
                    ready.add(up);
                }
            }
        }
        if (order.size() < byId.size()) {
            waitingOn.values().removeIf(count -> count == 0);
            throw cycle(new TreeSet<>(waitingOn.keySet()), parents, dependencies);
        }
        return List.copyOf(order);
    }

    /**
     * Every leftover revision has a leftover link below it (otherwise Kahn would have placed it),
     * so walking down through leftovers must revisit a revision: that loop is the cycle.
     */
    private static RevisionException cycle(TreeSet<String> leftover, Map<String, List<String>> parents,
                                           Map<String, List<String>> dependencies) {
        Map<String, Integer> path = new LinkedHashMap<>();
        String current = leftover.first();
        while (!path.containsKey(current)) {
            path.put(current, path.size());
            current = below(current, parents, dependencies).stream()
                    .filter(leftover::contains).sorted().findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(new ArrayList<>(path.keySet()).subList(path.get(current), path.size()));
        // Start the loop at its smallest id, so the same cycle always reads the same way.
        Collections.rotate(loop, -loop.indexOf(Collections.min(loop)));
        return new RevisionException(Kind.CYCLE, "revisions form a cycle: " + String.join(" -> ", loop) + " -> "
                + loop.get(0) + " (each names the next as down_revision or depends_on); fix one of those headers");
    }

    private static List<String> below(String id, Map<String, List<String>> parents,
                                      Map<String, List<String>> dependencies) {
        List<String> below = new ArrayList<>(parents.getOrDefault(id, List.of()));
        below.addAll(dependencies.getOrDefault(id, List.of()));
        return below;
    }
}
