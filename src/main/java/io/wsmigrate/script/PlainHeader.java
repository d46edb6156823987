package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the header of a revision file without a YAML parser when it is written the plain way
 * ws-migrate writes it: one {@code key: value} per line, values that are plain one-line scalars,
 * {@code null}, or flow lists of plain ids. Listing a thousand revisions then costs a thousand
 * string scans instead of a thousand YAML parses. Anything else (quotes, block lists, comments
 * after values, null spellings other than {@code null}, an unknown or repeated key) gives empty,
 * and the caller parses with YAML; what this accepts, YAML reads to the same revision.
 */
final class PlainHeader {
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL", "~");
    private static final Set<String> LIST_KEYS = Set.of(HeaderReader.DOWN_REVISION, HeaderReader.BRANCH_LABELS,
            HeaderReader.DEPENDS_ON);
    private static final Set<String> TEXT_KEYS = Set.of(HeaderReader.REVISION, HeaderReader.MESSAGE,
            HeaderReader.CREATE_DATE);

    private PlainHeader() {
    }

    /**
     * The revision the header lines declare, or empty when they are not plainly written. The lines
     * are scanned by hand, not with regular expressions: a thousand headers are on the path of
     * every command that lists revisions, and a cold JVM interprets a scan several times faster.
     */
    static Optional<Revision> read(String header, String source) {
        Map<String, Object> values = new HashMap<>();
        for (int start = 0; start <= header.length(); ) {
            int newline = header.indexOf('\n', start);
            int end = newline < 0 ? header.length() : newline;
            if (end > start && header.charAt(start) != '#') {
                int keyEnd = keyEnd(header, start, end);
                if (keyEnd < 0) {
                    return Optional.empty();
                }
                String key = header.substring(start, keyEnd);
                Object value = values.containsKey(key) ? null : value(key, header.substring(keyEnd + 2, end));
                if (value == null) {
                    return Optional.empty();
                }
                values.put(key, value);
            }
            start = end + 1;
        }
        Object id = values.get(HeaderReader.REVISION);
        if (!(id instanceof String) || !isId((String) id) || !FileNames.isValidId((String) id)) {
            return Optional.empty();
        }
        return Optional.of(new Revision((String) id, list(values, HeaderReader.DOWN_REVISION),
                list(values, HeaderReader.BRANCH_LABELS), list(values, HeaderReader.DEPENDS_ON),
                (String) values.getOrDefault(HeaderReader.MESSAGE, ""), source));
    }

    /** A String, a List of ids, a Boolean for {@code transactional}; null when not plainly written. */
    private static Object value(String key, String text) {
        if (TEXT_KEYS.contains(key)) {
            return isPlain(text) ? text : null;
        }
        if (LIST_KEYS.contains(key)) {
            return ids(text);
        }
        if (key.equals(HeaderReader.TRANSACTIONAL)) {
            return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        }
        return null;
    }

    /**
     * Where the key of a line {@code key: value} ends: a key of {@code [a-z_]}, then ": " and a value
     * of at least one character, none of them a line break; -1 for any other line.
     */
    private static int keyEnd(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) >= 'a' && text.charAt(i) <= 'z' || text.charAt(i) == '_')) {
            i++;
        }
        if (i == start || i + 2 >= end || text.charAt(i) != ':' || text.charAt(i + 1) != ' ') {
            return -1;
        }
        for (int j = i + 2; j < end; j++) {
            char c = text.charAt(j);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return i;
    }

    /**
     * A plain scalar that YAML reads as exactly its text: printable ASCII without '#', no indicator
     * first (checked with ": " inside, a trailing ':' or space, and the null spellings apart).
     */
    private static boolean isPlain(String text) {
        if (text.isEmpty() || !(isIdStart(text.charAt(0)) || text.charAt(0) == '(' || text.charAt(0) == '.')) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '#') {
                return false;
            }
        }
        return !text.contains(": ") && !text.endsWith(":") && !text.endsWith(" ") && !NULLS.contains(text);
    }

    /** A letter, digit or '_' first, then letters, digits and {@code _.@-}. */
    private static boolean isId(String text) {
        if (text.isEmpty() || !isIdStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isIdStart(c) && c != '.' && c != '@' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter or digit, or '_'. */
    private static boolean isIdStart(char c) {
        return FileNames.isAsciiLetterOrDigit(c) || c == '_';
    }

    private static List<String> ids(String text) {
        if (text.equals("null") || text.equals("[]")) {
            return List.of();
        }
        if (isId(text) && !NULLS.contains(text)) {
            return List.of(text);
        }
        if (!text.startsWith("[") || !text.endsWith("]")) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String item : text.substring(1, text.length() - 1).split(",", -1)) {
            String id = item.strip();
            if (!isId(id) || NULLS.contains(id)) {
                return null;
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> values, String key) {
        return (List<String>) values.getOrDefault(key, List.of());
    }
}
