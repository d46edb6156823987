package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the version table must hold, computed purely. The table holds the heads of the applied set:
 * the applied revisions that no other applied revision stands on (through a parent or a
 * dependency), so "applied" is always exactly everything below the rows. Common steps are decided
 * from the rows alone; only unusual ones (several heads, merges, bases) walk the graph.
 */
final class Bookkeeping {
    private final Graph graph;

    Bookkeeping(Graph graph) {
        this.graph = graph;
    }

    VersionTableChange change(Set<String> rows, Step step) {
        String id = step.id();
        if (!graph.contains(id)) {
            throw new RevisionException(Kind.UNKNOWN_REVISION, "step names revision " + id
                    + ", which is not in the revision map; reload the scripts folder");
        }
        return step.isUpgrade() ? apply(rows, id) : unapply(rows, id);
    }

    Set<String> headsOf(Set<String> revisions) {
        return graph.maximal(graph.ancestors(revisions));
    }

    Set<String> afterStamp(Set<String> rows, Set<String> targets, boolean purge) {
        if (purge || targets.isEmpty()) {
            return headsOf(targets);
        }
        Set<String> related = graph.ancestors(targets);
        related.addAll(graph.descendants(targets));
        Set<String> kept = new HashSet<>(rows);
        kept.removeAll(related);
        kept.addAll(targets);
        return headsOf(kept);
    }

    private VersionTableChange apply(Set<String> rows, String id) {
        List<String> below = essentialBelow(id);
        boolean belowAreRows = !below.isEmpty() && rows.containsAll(below);
        if (!belowAreRows) {
            // Slow path: a base, or a revision whose parents are covered by other heads.
            Set<String> wanted = new HashSet<>(below);
            wanted.add(id);
            Set<String> applied = graph.ancestorsAmong(rows, wanted);
            if (applied.contains(id)) {
                throw invalid("can't apply " + id + ": it is already applied (version rows: " + Ids.join(rows) + ")");
            }
            List<String> missing = below.stream().filter(down -> !applied.contains(down)).sorted().toList();
            if (!missing.isEmpty()) {
                throw invalid("can't apply " + id + ": " + Ids.join(missing) + " below it is not applied; upgrade to "
                        + missing.get(0) + " first, or use `ws-migrate upgrade " + id + "`");
            }
        }
        Set<String> delete = new HashSet<>(graph.below(id));
        delete.retainAll(rows);
        return new VersionTableChange(delete, Set.of(id));
    }

    private VersionTableChange unapply(Set<String> rows, String id) {
        if (!rows.contains(id)) {
            throw invalid("can't unapply " + id + ": it is not a current head (version rows: " + Ids.join(rows)
                    + "); unapply what stands above it first, e.g. `ws-migrate downgrade " + id + "`");
        }
        Set<String> others = new HashSet<>(rows);
        others.remove(id);
        List<String> below = essentialBelow(id);
        Set<String> stillApplied = graph.ancestorsAmong(others, below);
        Set<String> uncovered = new HashSet<>(below);
        uncovered.removeAll(stillApplied);
        return new VersionTableChange(Set.of(id), uncovered);
    }

    /**
     * The revision's parents and dependencies minus those already below another of them (a
     * redundant link): only these can be heads once the revision itself is not applied.
     */
    private List<String> essentialBelow(String id) {
        List<String> below = graph.below(id);
        if (below.size() < 2) {
            return below;
        }
        List<String> essential = new ArrayList<>();
        for (String candidate : below) {
            List<String> others = below.stream().filter(other -> !other.equals(candidate)).toList();
            if (graph.ancestorsAmong(others, List.of(candidate)).isEmpty()) {
                essential.add(candidate);
            }
        }
        return essential;
    }

    private static RevisionException invalid(String message) {
        return new RevisionException(Kind.INVALID_STEP, message);
    }
}
