package io.wsmigrate.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The revision graph drawn for a terminal, as {@code git log --graph --oneline} draws commits
 * ({@code ws-migrate history --graph}): newest first, one line per revision, lanes of {@code *},
 * {@code |}, {@code /} and {@code \} between them so branches and merges show.
 *
 * <pre>
 * *   d4 (head) (mergepoint), Merge
 * |\
 * | * c3, Feature C
 * * | b2, Feature B
 * |/
 * * a1 (branchpoint), Initial
 * </pre>
 *
 * A revision line reads: lane art, the id, the markers {@code (head)}, {@code (current)},
 * {@code (branchpoint)}, {@code (mergepoint)} and {@code (depends on x, y)}, its branch labels as
 * {@code [label]}, then {@code , message}. Lanes follow down_revisions only: depends_on links are
 * markers, because they cross branches freely and would tangle the lanes. Independent histories
 * are separated by a row without a line, so one base never seems to sit on another's head.
 * Output is deterministic, and the drawing is iterative: a chain thousands deep costs time in
 * proportion to its length.
 */
public final class GraphText {
    private GraphText() {
    }

    /**
     * The lines to print, top to bottom, without line terminators or trailing spaces on connecting
     * rows. {@code currentHeads} are the version table's rows, marked {@code (current)}; a row
     * naming no revision fails as it does everywhere else in {@link RevisionMap}.
     */
    public static List<String> render(RevisionMap map, Set<String> currentHeads) {
        Objects.requireNonNull(map, "map");
        Graph graph = map.graph();
        Set<String> current = map.current(Objects.requireNonNull(currentHeads, "currentHeads"));
        Lanes lanes = new Lanes();
        List<String> lines = new ArrayList<>();
        for (String id : DrawingOrder.newestFirst(graph)) {
            Lanes.Rows rows = lanes.place(id, graph.parents(id));
            lines.addAll(rows.above());
            lines.add(rows.commit() + describe(graph, id, current));
            lines.addAll(rows.below());
        }
        return List.copyOf(lines);
    }

    private static String describe(Graph graph, String id, Set<String> current) {
        StringBuilder text = new StringBuilder(id);
        int children = graph.children(id).size();
        if (children == 0) {
            text.append(" (head)");
        }
        if (current.contains(id)) {
            text.append(" (current)");
        }
        if (children > 1) {
            text.append(" (branchpoint)");
        }
        if (graph.parents(id).size() > 1) {
            text.append(" (mergepoint)");
        }
        List<String> dependencies = graph.dependencies(id);
        if (!dependencies.isEmpty()) {
            text.append(" (depends on ").append(String.join(", ", dependencies)).append(')');
        }
        Revision revision = graph.revision(id);
        revision.branchLabels().stream().distinct().forEach(label -> text.append(" [").append(label).append(']'));
        String message = oneLine(revision.message());
        if (!message.isEmpty()) {
            text.append(", ").append(message);
        }
        return text.toString();
    }

    /**
     * The message on one line: line breaks, tabs and other control characters (which could also
     * drive the terminal) become single spaces.
     */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                gap = true;
                continue;
            }
            if (gap && line.length() > 0) {
                line.append(' ');
            }
            gap = false;
            line.append(c);
        }
        return line.toString();
    }
}
