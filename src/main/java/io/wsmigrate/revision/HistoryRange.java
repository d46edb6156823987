package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code history -r START:END}, as in Alembic: either side may be empty (START defaults to base,
 * END to heads); a negative START counts down from END ({@code -3:current}), a positive END counts up
 * from START ({@code ae10:+2}); both ends are included. Relative ends stop at the top or the bottom
 * instead of failing. Result: newest first.
 */
final class HistoryRange {
    private static final Pattern DOWN = Pattern.compile("-\\d{1,9}");
    private static final Pattern UP = Pattern.compile("\\+\\d{1,9}");

    private final Graph graph;
    private final TargetResolver resolver;
    private final RelativeWalk walk;

    HistoryRange(Graph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
        this.walk = new RelativeWalk(graph);
    }

    List<Revision> revisions(String spec, Set<String> current) {
        String text = spec == null ? "" : spec.strip();
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new RevisionException(Kind.BAD_TARGET, "history range `" + text + "` needs START:END, e.g. "
                    + "`base:head`, `-3:`, `ae10:` or `current:` (either side may be empty)");
        }
        String start = text.substring(0, colon).strip();
        String end = text.substring(colon + 1).strip();
        if (DOWN.matcher(start).matches() && UP.matcher(end).matches()) {
            throw new RevisionException(Kind.BAD_TARGET, "history range `" + text
                    + "` is relative on both sides; give one side as a revision, e.g. `current:" + end + "`");
        }
        Set<String> lower;
        Set<String> upper;
        if (DOWN.matcher(start).matches()) {
            upper = end.isEmpty() ? Ids.sorted(graph.heads()) : resolver.resolve(end, current);
            lower = walk.from(single(upper, end, text), graph.bases(), Integer.parseInt(start), start, true);
        } else {
            lower = start.isEmpty() ? Set.of() : resolver.resolve(start, current);
            upper = UP.matcher(end).matches()
                    ? walk.from(single(lower, start, text), graph.bases(), Integer.parseInt(end), end, true)
                    : end.isEmpty() ? Ids.sorted(graph.heads()) : resolver.resolve(end, current);
        }
        Set<String> between = graph.ancestors(upper);
        if (!lower.isEmpty()) {
            between.retainAll(graph.descendants(lower));
        }
        return graph.newestFirst(between).stream().map(graph::revision).toList();
    }

    /** The one revision a relative side counts from; {@code null} for base. */
    private static String single(Set<String> anchor, String side, String text) {
        if (anchor.size() > 1) {
            throw new RevisionException(Kind.MULTIPLE_HEADS, "history range `" + text + "` counts from `"
                    + (side.isEmpty() ? "heads" : side) + "`, which is several revisions: " + Ids.join(anchor)
                    + "; name one of them instead");
        }
        return anchor.stream().findFirst().orElse(null);
    }
}
