package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Upgrade and downgrade plans. "Applied" is everything below the current heads (parents and
 * dependencies). An upgrade applies what the target needs and is not applied yet, oldest first; a
 * downgrade unapplies what stands above the target, newest first, as Alembic does.
 */
final class Planner {
    private final Graph graph;
    private final TargetResolver resolver;

    Planner(Graph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    List<Step> upgrade(Set<String> current, String target) {
        Set<String> applied = graph.ancestors(current);
        Set<String> destination = resolver.resolve(target, current);
        refuseOlder(target, destination, applied, current);
        Set<String> needed = graph.ancestors(destination);
        needed.removeAll(applied);
        return graph.oldestFirst(needed).stream().map(id -> Step.upgrade(graph.revision(id))).toList();
    }

    List<Step> downgrade(Set<String> current, String target) {
        Set<String> applied = graph.ancestors(current);
        Set<String> doomed = doomed(current, target, applied);
        doomed.retainAll(applied);
        return graph.newestFirst(doomed).stream().map(id -> Step.downgrade(graph.revision(id))).toList();
    }

    /** What a downgrade to {@code target} removes, before restricting it to what is applied. */
    private Set<String> doomed(Set<String> current, String target, Set<String> applied) {
        Optional<String> branch = TargetResolver.branchBaseName(target);
        if (branch.isPresent()) {
            // <label>@base takes the whole branch away, its first revision included, and nothing else.
            return graph.descendants(List.of(resolver.branchRoot(branch.get(), target.strip())));
        }
        Set<String> destination = resolver.resolve(target, current);
        if (destination.isEmpty()) {
            return new HashSet<>(graph.ids());
        }
        Set<String> ahead = new HashSet<>(destination);
        ahead.removeAll(applied);
        if (!ahead.isEmpty()) {
            throw new RevisionException(Kind.WRONG_DIRECTION, named(target, ahead) + " is not applied (current: "
                    + Ids.join(current) + "); use `ws-migrate upgrade " + target.strip() + "`");
        }
        Set<String> above = graph.descendants(destination);
        above.removeAll(destination);
        return above;
    }

    /** A target with applied children is behind the database: going there is a downgrade. */
    private void refuseOlder(String target, Set<String> destination, Set<String> applied, Set<String> current) {
        List<String> behind = destination.stream()
                .filter(id -> applied.contains(id) && graph.children(id).stream().anyMatch(applied::contains))
                .sorted().toList();
        if (!behind.isEmpty() || destination.isEmpty() && !applied.isEmpty()) {
            throw new RevisionException(Kind.WRONG_DIRECTION, named(target, behind)
                    + " is older than the current revision(s) " + Ids.join(current) + "; use `ws-migrate downgrade "
                    + target.strip() + "`");
        }
    }

    /** "`head-1` (c3)", or just "`c3`" when the target already is the id. */
    private static String named(String target, Collection<String> ids) {
        String typed = "`" + target.strip() + "`";
        return ids.isEmpty() || Ids.join(ids).equals(target.strip()) ? typed : typed + " (" + Ids.join(ids) + ")";
    }
}
