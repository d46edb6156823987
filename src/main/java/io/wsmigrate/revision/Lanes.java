package io.wsmigrate.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The lanes of {@link GraphText}: column {@code i} (character {@code 2 * i}) waits for the revision
 * it names, which one of the revisions drawn above it has as a parent. Each revision placed yields
 * its commit row ({@code *} in its lane, {@code |} in the others) and the connecting rows below it,
 * in which every line moves at most one column per row ({@code /} left, {@code \} right).
 *
 * <p>Lanes waiting for the same revision merge into the leftmost one, as in git. Lines moving
 * left are drawn first, then lines moving right: a row never holds both, so no two glyphs ever
 * compete for one character. Each placement costs time in the number of lanes, never in the
 * length of the history.
 */
final class Lanes {
    /** The rows drawn for one revision; {@code commit} is padded so the text after it lines up. */
    record Rows(List<String> above, String commit, List<String> below) {
    }

    /** A line between two rows: where it is now, and the column it has to reach. */
    private static final class Line {
        private int column;
        private final int target;

        private Line(int column, int target) {
            this.column = column;
            this.target = target;
        }

        private int direction() {
            return Integer.compare(target, column);
        }
    }

    private List<String> waiting = new ArrayList<>();
    /** The column of a base drawn last with nothing moving into its place, or -1. */
    private int endedColumn = -1;

    Rows place(String id, List<String> parents) {
        List<String> above = new ArrayList<>();
        int column = waiting.indexOf(id);
        if (column < 0) {
            column = waiting.size();
            // A new head right under a base in the same column would read as its parent.
            if (column == endedColumn) {
                above.add(verticals(column));
            }
            waiting.add(id);
        }
        List<String> next = nextLanes(column, parents);
        int width = 2 * Math.max(waiting.size(), next.size());
        String commit = commitRow(column, width);
        List<String> below = connections(column, parents, next, width);
        endedColumn = parents.isEmpty() && below.isEmpty() ? column : -1;
        waiting = next;
        return new Rows(List.copyOf(above), commit, List.copyOf(below));
    }

    /** The revision's lane is replaced by its parents; a revision already waited for keeps its leftmost lane. */
    private List<String> nextLanes(int column, List<String> parents) {
        LinkedHashSet<String> next = new LinkedHashSet<>();
        for (int i = 0; i < waiting.size(); i++) {
            if (i == column) {
                next.addAll(parents);
            } else {
                next.add(waiting.get(i));
            }
        }
        return new ArrayList<>(next);
    }

    private String commitRow(int column, int width) {
        char[] row = blank(width);
        for (int i = 0; i < waiting.size(); i++) {
            row[2 * i] = i == column ? '*' : '|';
        }
        return new String(row);
    }

    private List<String> connections(int column, List<String> parents, List<String> next, int width) {
        Map<String, Integer> targets = new HashMap<>();
        for (int i = 0; i < next.size(); i++) {
            targets.put(next.get(i), i);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            if (i != column) {
                lines.add(new Line(i, targets.get(waiting.get(i))));
            }
        }
        for (String parent : parents) {
            lines.add(new Line(column, targets.get(parent)));
        }
        List<String> rows = new ArrayList<>();
        shift(lines, -1, width, rows);
        shift(lines, 1, width, rows);
        return rows;
    }

    /** Moves every line heading in {@code direction} one column per row until all have arrived. */
    private static void shift(List<Line> lines, int direction, int width, List<String> rows) {
        while (lines.stream().anyMatch(line -> line.direction() == direction)) {
            char[] row = blank(width);
            for (Line line : lines) {
                if (line.direction() == direction) {
                    row[2 * line.column + direction] = direction < 0 ? '/' : '\\';
                    line.column += direction;
                } else {
                    row[2 * line.column] = '|';
                }
            }
            rows.add(new String(row).stripTrailing());
        }
    }

    private String verticals(int columns) {
        char[] row = blank(2 * columns);
        for (int i = 0; i < columns; i++) {
            row[2 * i] = '|';
        }
        return new String(row).stripTrailing();
    }

    private static char[] blank(int width) {
        char[] row = new char[width];
        Arrays.fill(row, ' ');
        return row;
    }
}
