package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a revision file without a YAML parser when it is written the plain way
 * ws-migrate writes it: one {@code key: value} per line, values that are plain one-line scalars,
 * {@code null}, or flow lists of plain ids. Listing a thousand revisions then costs a thousand
 * string scans instead of a thousand YAML parses. Anything else (quotes, block lists, comments
 * after values, null spellings other than {@code null}, an unknown or repeated key) gives empty,
 * and the caller parses with YAML; what this accepts, YAML reads to the same revision.
 */
final class PlainHeader {
    private static final Pattern KEY_LINE = Pattern.compile("([a-z_]+): (.+)");
    /**
     * A plain scalar that YAML reads as exactly its text: printable ASCII without '#', no indicator
     * first (checked with ": " inside, a trailing ':' or space, and the null spellings apart).
     */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_(.][\\x20-\\x22\\x24-\\x7e]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]*");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL", "~");
    private static final Set<String> LIST_KEYS = Set.of(HeaderReader.DOWN_REVISION, HeaderReader.BRANCH_LABELS,
            HeaderReader.DEPENDS_ON);
    private static final Set<String> TEXT_KEYS = Set.of(HeaderReader.REVISION, HeaderReader.MESSAGE,
            HeaderReader.CREATE_DATE);

    private PlainHeader() {
    }

    /** The revision the header lines declare, or empty when they are not plainly written. */
    static Optional<Revision> read(String header, String source) {
        Map<String, Object> values = new HashMap<>();
        for (String line : header.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = KEY_LINE.matcher(line);
            if (!m.matches() || values.containsKey(m.group(1))) {
                return Optional.empty();
            }
            Object value = value(m.group(1), m.group(2));
            if (value == null) {
                return Optional.empty();
            }
            values.put(m.group(1), value);
        }
        Object id = values.get(HeaderReader.REVISION);
        if (!(id instanceof String) || !ID.matcher((String) id).matches() || !FileNames.isValidId((String) id)) {
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

    private static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches() && !text.contains(": ") && !text.endsWith(":")
                && !text.endsWith(" ") && !NULLS.contains(text);
    }

    private static List<String> ids(String text) {
        if (text.equals("null") || text.equals("[]")) {
            return List.of();
        }
        if (ID.matcher(text).matches() && !NULLS.contains(text)) {
            return List.of(text);
        }
        if (!text.startsWith("[") || !text.endsWith("]")) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String item : text.substring(1, text.length() - 1).split(",", -1)) {
            String id = item.strip();
            if (!ID.matcher(id).matches() || NULLS.contains(id)) {
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
