package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates revisions and indexes them into a {@link Graph}: unique ids, unique branch labels,
 * down_revisions and depends_on that name existing revisions, no cycles. Input is sorted first so
 * that, with several problems, the same one is reported every time.
 */
final class GraphBuilder {
    static final Set<String> KEYWORDS = Set.of("head", "heads", "base", "current");
    private static final Comparator<Revision> BY_ID_THEN_SOURCE = (a, b) -> {
        int byId = a.id().compareTo(b.id());
        return byId != 0 ? byId : sourceOf(a).compareTo(sourceOf(b));
    };

    private GraphBuilder() {
    }

    static Graph build(Collection<Revision> input) {
        List<Revision> revisions = new ArrayList<>(input.size());
        for (Revision revision : input) {
            revisions.add(Objects.requireNonNull(revision, "revision"));
        }
        revisions.sort(BY_ID_THEN_SOURCE);
        Map<String, Revision> byId = indexById(revisions);
        Map<String, String> labels = indexLabels(revisions, byId);
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> dependencies = new HashMap<>();
        for (Revision revision : revisions) {
            List<String> down = resolveParents(revision, byId);
            parents.put(revision.id(), down);
            dependencies.put(revision.id(), resolveDependencies(revision, byId, labels, down));
        }
        List<Revision> order = TopologicalSort.sort(byId, parents, dependencies);
        return new Graph(order, parents, dependencies, labels);
    }

    /** "a1b2 (versions/a1b2_add_users.yaml)", or just the id when the source adds nothing. */
    static String describe(Revision revision) {
        String source = sourceOf(revision);
        return source.isBlank() || source.equals(revision.id()) ? revision.id() : revision.id() + " (" + source + ")";
    }

    private static String sourceOf(Revision revision) {
        return revision.source() == null ? "" : revision.source();
    }

    private static Map<String, Revision> indexById(List<Revision> revisions) {
        Map<String, Revision> byId = new HashMap<>();
        for (Revision revision : revisions) {
            Revision earlier = byId.putIfAbsent(revision.id(), revision);
            if (earlier != null) {
                throw new RevisionException(Kind.DUPLICATE_ID, "revision " + revision.id() + " is declared twice, in "
                        + sourceOf(earlier) + " and " + sourceOf(revision)
                        + "; give one of them a new id and point its children's down_revision at it");
            }
        }
        return byId;
    }

    private static Map<String, String> indexLabels(List<Revision> revisions, Map<String, Revision> byId) {
        Map<String, String> labels = new HashMap<>();
        for (Revision revision : revisions) {
            for (String label : new LinkedHashSet<>(revision.branchLabels())) {
                checkLabelSpelling(label, revision, byId);
                String other = labels.putIfAbsent(label, revision.id());
                if (other != null) {
                    throw new RevisionException(Kind.DUPLICATE_LABEL, "branch label `" + label + "` is on both "
                            + describe(byId.get(other)) + " and " + describe(revision)
                            + "; remove it from one of them or rename it");
                }
            }
        }
        return labels;
    }

    private static void checkLabelSpelling(String label, Revision revision, Map<String, Revision> byId) {
        String problem = null;
        if (label == null || label.isBlank() || label.chars().anyMatch(c -> c == '@' || c == ':' || Character.isWhitespace(c))) {
            problem = "may not be empty or contain '@', ':' or spaces";
        } else if (KEYWORDS.contains(label)) {
            problem = "is a reserved word (base, current, head, heads)";
        } else if (byId.containsKey(label)) {
            problem = "equals a revision id";
        }
        if (problem != null) {
            throw new RevisionException(Kind.DUPLICATE_LABEL, "branch label `" + label + "` on " + describe(revision)
                    + " " + problem + "; rename the label in that file's branch_labels");
        }
    }

    private static List<String> resolveParents(Revision revision, Map<String, Revision> byId) {
        List<String> parents = new ArrayList<>();
        for (String down : new LinkedHashSet<>(revision.downRevisions())) {
            if (!byId.containsKey(down)) {
                throw missing(revision, "down_revision", down, "revision");
            }
            parents.add(down);
        }
        return List.copyOf(parents);
    }

    /** depends_on may name a revision id or a branch label (the revision carrying that label). */
    private static List<String> resolveDependencies(Revision revision, Map<String, Revision> byId,
                                                    Map<String, String> labels, List<String> parents) {
        Set<String> dependencies = new LinkedHashSet<>();
        for (String dependency : revision.dependsOn()) {
            String id = byId.containsKey(dependency) ? dependency : labels.get(dependency);
            if (id == null) {
                throw missing(revision, "depends_on", dependency, "revision or branch label");
            }
            if (!parents.contains(id)) {
                dependencies.add(id);
            }
        }
        return List.copyOf(dependencies);
    }

    private static RevisionException missing(Revision revision, String field, String name, String what) {
        return new RevisionException(Kind.MISSING_DOWN_REVISION, describe(revision) + ": " + field + " " + name
                + " names no " + what + "; fix that header or restore the missing revision file");
    }
}
