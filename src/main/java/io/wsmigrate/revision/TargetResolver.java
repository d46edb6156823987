package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a target as the user types it into the set of revisions it means. Forms, tried in this
 * order: {@code head}, {@code heads}, {@code base}, {@code current}, a full id, a branch label;
 * a relative move {@code +N}, {@code -N}, {@code <anchor>+N}, {@code <anchor>-N}, {@code <label>@+N};
 * {@code <label>@head}, {@code <label>@heads}, {@code <label>@base}; finally a unique id prefix.
 * The empty set means "base": nothing applied.
 */
final class TargetResolver {
    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-]\\d{1,9})");
    private static final Pattern BRANCH_BASE = Pattern.compile("(.+)@base");

    private final Graph graph;
    private final RelativeWalk walk;

    TargetResolver(Graph graph) {
        this.graph = graph;
        this.walk = new RelativeWalk(graph);
    }

    /** The branch name of a {@code <label>@base} target, which downgrades treat specially. */
    static Optional<String> branchBaseName(String target) {
        Matcher matcher = BRANCH_BASE.matcher(target == null ? "" : target.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    Set<String> resolve(String target, Set<String> current) {
        String spec = target == null ? "" : target.strip();
        if (spec.isEmpty()) {
            throw new RevisionException(Kind.BAD_TARGET, "empty revision target; give a revision id, "
                    + "`head`, `heads`, `base`, `<label>@head` or a relative move such as `+1`");
        }
        Optional<Set<String>> plain = plain(spec, current);
        if (plain.isPresent()) {
            return plain.get();
        }
        Matcher relative = RELATIVE.matcher(spec);
        if (relative.matches()) {
            return relative(relative.group(1), Integer.parseInt(relative.group(2)), spec, current);
        }
        int at = spec.indexOf('@');
        if (at >= 0) {
            return branchForm(spec.substring(0, at), spec.substring(at + 1), spec);
        }
        return Set.of(byPrefix(spec));
    }

    /** The revision a branch starts at: the one carrying the label, or a revision named by id. */
    String branchRoot(String name, String spec) {
        Optional<String> labelled = graph.labelled(name);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        if (graph.contains(name) || graph.ids().stream().anyMatch(id -> id.startsWith(name))) {
            return byPrefix(name);
        }
        throw new RevisionException(Kind.UNKNOWN_REVISION, "no branch label or revision `" + name + "` (in `" + spec
                + "`); `ws-migrate history` lists revisions and their branch labels");
    }

    private Optional<Set<String>> plain(String spec, Set<String> current) {
        switch (spec) {
            case "head":
                return Optional.of(singleHead(graph.heads(), "multiple heads: ", "use `heads`, `<label>@head`, or `ws-migrate merge`"));
            case "heads":
                return Optional.of(Ids.sorted(graph.heads()));
            case "base":
                return Optional.of(Set.of());
            case "current":
                return Optional.of(Ids.sorted(current));
            default:
                if (graph.contains(spec)) {
                    return Optional.of(Set.of(spec));
                }
                return graph.labelled(spec).map(Set::of);
        }
    }

    private Set<String> relative(String anchor, int steps, String spec, Set<String> current) {
        if (anchor.isEmpty()) {
            if (current.size() > 1) {
                throw new RevisionException(Kind.MULTIPLE_HEADS, "`" + spec + "` moves from the current revision, "
                        + "but there are several: " + Ids.join(current) + "; use `<label>@" + spec + "` or `<id>" + spec + "`");
            }
            return walk.from(current.stream().findFirst().orElse(null), graph.bases(), steps, spec, false);
        }
        if (anchor.endsWith("@")) {
            return branchRelative(anchor.substring(0, anchor.length() - 1), steps, spec, current);
        }
        Set<String> start = anchor(anchor, spec, current);
        if (start.size() > 1) {
            throw new RevisionException(Kind.MULTIPLE_HEADS, "`" + spec + "` moves from `" + anchor
                    + "`, which means several revisions: " + Ids.join(start) + "; move from one of them, e.g. `<id>"
                    + spec.substring(anchor.length()) + "`");
        }
        return walk.from(start.stream().findFirst().orElse(null), graph.bases(), steps, spec, false);
    }

    /**
     * What the part of {@code spec} before its move means. When it means nothing, the error names
     * the target as typed, never the part alone: a typed password ending in {@code -42} is then
     * masked whole in the message, not shown without its last three characters.
     */
    private Set<String> anchor(String anchor, String spec, Set<String> current) {
        try {
            return resolve(anchor, current);
        } catch (RevisionException unknown) {
            if (unknown.kind() == Kind.AMBIGUOUS_PREFIX) {
                throw new RevisionException(unknown.kind(), "in `" + spec + "`, " + unknown.getMessage());
            }
            if (unknown.kind() != Kind.UNKNOWN_REVISION && unknown.kind() != Kind.BAD_TARGET) {
                throw unknown;
            }
            throw new RevisionException(unknown.kind(), "no revision or branch label matches `" + spec
                    + "`, nor the part before its relative move; `ws-migrate history` lists revisions, or use `head`,"
                    + " `heads`, `base` or a move such as `<id>-1`");
        }
    }

    /** Moves from where the branch currently stands; if none of it is applied, +1 is its first revision. */
    private Set<String> branchRelative(String name, int steps, String spec, Set<String> current) {
        String root = branchRoot(name, spec);
        Set<String> lineage = graph.lineage(root);
        Set<String> applied = graph.ancestors(current);
        applied.retainAll(lineage);
        List<String> positions = applied.stream()
                .filter(id -> graph.children(id).stream().noneMatch(applied::contains)).sorted().toList();
        if (positions.size() > 1) {
            throw new RevisionException(Kind.MULTIPLE_HEADS, "branch `" + name + "` stands at several revisions: "
                    + Ids.join(positions) + "; use `<id>" + spec.substring(name.length() + 1) + "` instead of `" + spec + "`");
        }
        if (positions.isEmpty() && steps < 0) {
            throw new RevisionException(Kind.BAD_TARGET, "`" + spec + "`: nothing of branch `" + name
                    + "` is applied, so there is nothing to move down from; `ws-migrate current` shows what is applied");
        }
        return walk.from(positions.isEmpty() ? null : positions.get(0), List.of(root), steps, spec, false);
    }

    private Set<String> branchForm(String name, String suffix, String spec) {
        if (!List.of("head", "heads", "base").contains(suffix)) {
            throw new RevisionException(Kind.BAD_TARGET, "`" + spec + "`: after the `@` use `head`, `heads`, `base`,"
                    + " `+N` or `-N`");
        }
        String root = branchRoot(name, spec);
        switch (suffix) {
            case "head":
                List<String> heads = branchHeads(root);
                return singleHead(heads, "branch `" + name + "` has multiple heads: ",
                        "use `" + name + "@heads`, a revision id, or `ws-migrate merge`");
            case "heads":
                return Ids.sorted(branchHeads(root));
            default: // base
                return Ids.sorted(graph.parents(root));
        }
    }

    private List<String> branchHeads(String root) {
        Set<String> lineage = graph.lineage(root);
        return graph.heads().stream().filter(lineage::contains).toList();
    }

    private static Set<String> singleHead(List<String> heads, String problem, String advice) {
        if (heads.size() > 1) {
            throw new RevisionException(Kind.MULTIPLE_HEADS, problem + Ids.join(heads) + "; " + advice);
        }
        return Ids.sorted(heads);
    }

    private String byPrefix(String prefix) {
        if (graph.contains(prefix)) {
            return prefix;
        }
        List<String> candidates = graph.ids().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
        if (candidates.size() > 1) {
            throw new RevisionException(Kind.AMBIGUOUS_PREFIX, "`" + prefix + "` matches several revisions: "
                    + Ids.join(candidates) + "; type more characters of the id");
        }
        if (candidates.isEmpty()) {
            throw new RevisionException(Kind.UNKNOWN_REVISION, "no revision or branch label matches `" + prefix
                    + "`; `ws-migrate history` lists revisions, or use `head`, `heads` or `base`");
        }
        return candidates.get(0);
    }
}
