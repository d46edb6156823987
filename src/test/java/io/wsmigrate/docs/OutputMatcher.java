package io.wsmigrate.docs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the output a page shows with the output a command printed. A line {@code ...} stands
 * for any number of lines (none included); inside a line, placeholders stand for what differs
 * from run to run:
 * <ul>
 *   <li>{@code <rev>}: a revision id (12 hex digits); {@code <rev:NAME>} also remembers it, so later
 *       commands and output on the page can say {@code <rev:NAME>} for the same id;</li>
 *   <li>{@code <n>} and {@code <port>}: a whole number; {@code <checksum>}: 64 hex digits;</li>
 *   <li>{@code <date>} (2026-11-27), {@code <time>} (08:39:22), {@code <timestamp>} (an ISO instant);</li>
 *   <li>{@code <...>}: any text within the line.</li>
 * </ul>
 * Anything else, {@code <base>} included, is literal text.
 */
final class OutputMatcher {
    static final String ANY_LINES = "...";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("<(rev(?::([A-Za-z][A-Za-z0-9_-]*))?|n|port|checksum|date|time|timestamp|\\.\\.\\.)>");
    private static final Map<String, String> PATTERNS = Map.of(
            "rev", "[0-9a-f]{12}",
            "n", "\\d+",
            "port", "\\d+",
            "checksum", "[0-9a-f]{64}",
            "date", "\\d{4}-\\d{2}-\\d{2}",
            "time", "\\d{2}:\\d{2}:\\d{2}",
            "timestamp", "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})",
            "...", ".*?");

    private OutputMatcher() {
    }

    /**
     * The page's named revisions extended by those this output binds, or empty when the output
     * does not match. {@code names} is not changed.
     */
    static Optional<Map<String, String>> match(List<String> expected, List<String> actual, Map<String, String> names) {
        return match(expected, 0, actual, 0, Map.copyOf(names));
    }

    private static Optional<Map<String, String>> match(List<String> expected, int e, List<String> actual, int a,
                                                       Map<String, String> names) {
        if (e == expected.size()) {
            return a == actual.size() ? Optional.of(names) : Optional.empty();
        }
        if (expected.get(e).strip().equals(ANY_LINES)) {
            for (int skip = a; skip <= actual.size(); skip++) {
                Optional<Map<String, String>> rest = match(expected, e + 1, actual, skip, names);
                if (rest.isPresent()) {
                    return rest;
                }
            }
            return Optional.empty();
        }
        if (a == actual.size()) {
            return Optional.empty();
        }
        return matchLine(expected.get(e), actual.get(a), names)
                .flatMap(bound -> match(expected, e + 1, actual, a + 1, bound));
    }

    /** One expected line against one actual line; the names it binds on success. */
    static Optional<Map<String, String>> matchLine(String expected, String actual, Map<String, String> names) {
        StringBuilder regex = new StringBuilder();
        Map<Integer, String> groups = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(expected);
        int at = 0;
        int group = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(at, m.start())));
            String name = m.group(2);
            if (name != null && names.containsKey(name)) {
                regex.append(Pattern.quote(names.get(name)));
            } else {
                String kind = name != null ? "rev" : m.group(1);
                regex.append('(').append(PATTERNS.get(kind)).append(')');
                group++;
                if (name != null) {
                    groups.put(group, name);
                }
            }
            at = m.end();
        }
        regex.append(Pattern.quote(expected.substring(at)));
        Matcher line = Pattern.compile(regex.toString()).matcher(actual);
        if (!line.matches()) {
            return Optional.empty();
        }
        Map<String, String> bound = new HashMap<>(names);
        for (Map.Entry<Integer, String> g : groups.entrySet()) {
            String value = line.group(g.getKey());
            String earlier = bound.putIfAbsent(g.getValue(), value);
            if (earlier != null && !earlier.equals(value)) {
                return Optional.empty(); // the same name twice on one line, with two different ids
            }
        }
        return Optional.of(Map.copyOf(bound));
    }

    /** A command line with each {@code <rev:NAME>} replaced by the id the page bound to it. */
    static String substitute(String command, Map<String, String> names, String where) {
        Matcher m = PLACEHOLDER.matcher(command);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            if (name == null) {
                throw new AssertionError(where + ": a command may only use named placeholders like <rev:offer>, not "
                        + m.group());
            }
            String value = names.get(name);
            if (value == null) {
                throw new AssertionError(where + ": <rev:" + name + "> is used before any output on the page bound it");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
