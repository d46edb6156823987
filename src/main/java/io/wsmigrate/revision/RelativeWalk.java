package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;

import java.util.List;
import java.util.Set;

/**
 * Relative moves ({@code +2}, {@code -1}) along down_revision links only, as Alembic does: a move
 * through a branch point or a merge has no single answer and is refused. Position {@code null}
 * is "base", below every revision.
 */
final class RelativeWalk {
    private final Graph graph;

    RelativeWalk(Graph graph) {
        this.graph = graph;
    }

    /**
     * Walks {@code steps} revisions up (positive) or down (negative) from {@code start}. From base,
     * the first step up lands on one of {@code entry}. With {@code clamp}, a walk past the top or
     * the bottom stops there instead of failing (history ranges are forgiving).
     */
    Set<String> from(String start, List<String> entry, int steps, String spec, boolean clamp) {
        String at = start;
        for (int taken = 0; taken < Math.abs(steps); taken++) {
            if (steps > 0) {
                List<String> next = at == null ? entry : graph.children(at);
                if (next.isEmpty()) {
                    if (clamp) {
                        break;
                    }
                    throw tooFar(spec, taken, start, true);
                }
                at = single(next, at, steps - taken - 1, spec, "branches into");
            } else {
                if (at == null) {
                    if (clamp) {
                        break;
                    }
                    throw tooFar(spec, taken, start, false);
                }
                List<String> down = graph.parents(at);
                at = down.isEmpty() ? null : single(down, at, steps + taken + 1, spec, "merges");
            }
        }
        return at == null ? Set.of() : Set.of(at);
    }

    /** The one way on; {@code remaining} (signed) is what is left of the walk after taking it. */
    private static String single(List<String> next, String at, int remaining, String spec, String fork) {
        if (next.size() > 1) {
            String where = at == null ? "there are several bases:" : at + " " + fork;
            String example = next.get(0) + (remaining == 0 ? "" : remaining > 0 ? "+" + remaining : "" + remaining);
            throw new RevisionException(Kind.BAD_TARGET, "`" + spec + "` is ambiguous: " + where + " "
                    + Ids.join(next) + "; move from one of them, e.g. `" + example + "`");
        }
        return next.get(0);
    }

    private static RevisionException tooFar(String spec, int taken, String start, boolean up) {
        String from = start == null ? "base" : start;
        String steps = taken == 1 ? "1 step" : taken + " steps";
        if (start == null && !up) {
            return new RevisionException(Kind.BAD_TARGET, "`" + spec + "` goes too far: there is nothing below base "
                    + "(nothing applied); `ws-migrate current` shows what is applied");
        }
        String where = up ? from + " is only " + steps + " below the top of its branch; use a smaller number or `head`"
                : from + " is only " + steps + " above base; use a smaller number or `base`";
        return new RevisionException(Kind.BAD_TARGET, "`" + spec + "` goes too far: " + where);
    }
}
