package io.wsmigrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order {@link GraphText} draws revisions in: newest first, as {@code git log --graph
 * --topo-order} does. A revision is drawn once everything above it (children and dependents) is
 * drawn; among the revisions that are ready, the one made ready last goes first, so a branch is
 * followed down until it meets another instead of being interleaved with it.
 */
final class DrawingOrder {
    private DrawingOrder() {
    }

    static List<String> newestFirst(Graph graph) {
        Map<String, Integer> undrawnAbove = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        // Pushed oldest first, so the head that comes last in topological order is drawn first.
        for (Revision revision : graph.inOrder()) {
            int above = graph.above(revision.id()).size();
            undrawnAbove.put(revision.id(), above);
            if (above == 0) {
                ready.push(revision.id());
            }
        }
        List<String> order = new ArrayList<>(graph.size());
        while (!ready.isEmpty()) {
            String id = ready.pop();
            order.add(id);
            // Dependencies first and parents in down_revision order: the last parent's branch is
            // drawn first, in the new lane to the right, while the first parent keeps the lane.
            release(graph.dependencies(id), undrawnAbove, ready);
            release(graph.parents(id), undrawnAbove, ready);
        }
        return List.copyOf(order);
    }

    private static void release(List<String> below, Map<String, Integer> undrawnAbove, Deque<String> ready) {
        for (String id : below) {
            if (undrawnAbove.merge(id, -1, Integer::sum) == 0) {
                ready.push(id);
            }
        }
    }
}
