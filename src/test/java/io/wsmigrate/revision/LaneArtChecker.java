package io.wsmigrate.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a {@link GraphText} drawing back and checks it independently of how it was made: every
 * revision drawn exactly once, below its children and dependents, glyphs in their columns, and
 * every line unbroken: each glyph's top meets a glyph above and its bottom one below, except the
 * top of a head's {@code *} and the bottom of a base's {@code *}, which must meet nothing.
 */
final class LaneArtChecker {
    private static final String GLYPHS = " *|/\\";

    private LaneArtChecker() {
    }

    static void check(RevisionMap map, List<String> lines) {
        List<String> art = lines.stream().map(LaneArtChecker::art).toList();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < lines.size(); row++) {
            String glyphs = art.get(row);
            assertThat(glyphs.chars().filter(c -> c == '*').count()).as("row %d: %s", row, lines.get(row)).isLessThanOrEqualTo(1);
            if (glyphs.indexOf('*') >= 0) {
                String id = lines.get(row).substring(glyphs.length()).split("[ ,]", 2)[0];
                assertThat(rowOf.put(id, row)).as("%s drawn once", id).isNull();
            }
            checkColumns(glyphs, row);
        }
        assertThat(rowOf.keySet()).isEqualTo(new HashSet<>(map.all().stream().map(Revision::id).toList()));
        for (Revision revision : map.all()) {
            for (String above : map.graph().above(revision.id())) {
                assertThat(rowOf.get(above)).as("%s above %s", above, revision.id()).isLessThan(rowOf.get(revision.id()));
            }
        }
        for (int row = 0; row < art.size(); row++) {
            checkContinuity(map, art, row, lines.get(row));
        }
    }

    private static String art(String line) {
        int end = 0;
        while (end < line.length() && GLYPHS.indexOf(line.charAt(end)) >= 0) {
            end++;
        }
        return line.substring(0, end);
    }

    private static void checkColumns(String glyphs, int row) {
        for (int x = 0; x < glyphs.length(); x++) {
            char c = glyphs.charAt(x);
            boolean even = x % 2 == 0;
            if (c == '*' || c == '|') {
                assertThat(even).as("row %d: %c at %d", row, c, x).isTrue();
            } else if (c == '/' || c == '\\') {
                assertThat(even).as("row %d: %c at %d", row, c, x).isFalse();
            }
        }
    }

    private static void checkContinuity(RevisionMap map, List<String> art, int row, String line) {
        Set<Integer> endsAbove = row == 0 ? Set.of() : bottoms(art.get(row - 1));
        Set<Integer> startsBelow = row == art.size() - 1 ? Set.of() : tops(art.get(row + 1));
        String glyphs = art.get(row);
        for (int x = 0; x < glyphs.length(); x++) {
            char c = glyphs.charAt(x);
            if (c == ' ') {
                continue;
            }
            boolean needsAbove = true;
            boolean needsBelow = true;
            if (c == '*') {
                String id = line.substring(glyphs.length()).split("[ ,]", 2)[0];
                needsAbove = !map.children(id).isEmpty();
                needsBelow = !map.get(id).orElseThrow().downRevisions().isEmpty();
            }
            assertThat(endsAbove.contains(top(c, x))).as("row %d (%s): top of %c at %d", row, line, c, x).isEqualTo(needsAbove);
            assertThat(startsBelow.contains(bottom(c, x))).as("row %d (%s): bottom of %c at %d", row, line, c, x)
                    .isEqualTo(needsBelow);
        }
    }

    private static Set<Integer> bottoms(String glyphs) {
        Set<Integer> ends = new HashSet<>();
        for (int x = 0; x < glyphs.length(); x++) {
            if (glyphs.charAt(x) != ' ') {
                ends.add(bottom(glyphs.charAt(x), x));
            }
        }
        return ends;
    }

    private static Set<Integer> tops(String glyphs) {
        List<Integer> starts = new ArrayList<>();
        for (int x = 0; x < glyphs.length(); x++) {
            if (glyphs.charAt(x) != ' ') {
                starts.add(top(glyphs.charAt(x), x));
            }
        }
        return new HashSet<>(starts);
    }

    private static int top(char glyph, int x) {
        return glyph == '/' ? x + 1 : glyph == '\\' ? x - 1 : x;
    }

    private static int bottom(char glyph, int x) {
        return glyph == '/' ? x - 1 : glyph == '\\' ? x + 1 : x;
    }
}
