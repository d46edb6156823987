package io.wsmigrate.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the change entries handed to the writer, with the same rules the reader applies, and
 * normalizes the {@code sql: "..."} shorthand, so that a file we write is a file we can read back.
 */
final class NewEntries {
    private final String revisionId;

    NewEntries(String revisionId) {
        this.revisionId = revisionId;
    }

    List<Map<String, Object>> normalize(List<Map<String, Object>> entries, String listKey) {
        List<Map<String, Object>> normalized = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            normalized.add(normalize(entry, listKey + " entry " + (normalized.size() + 1)));
        }
        return Collections.unmodifiableList(normalized);
    }

    private Map<String, Object> normalize(Map<String, Object> entry, String where) {
        if (entry == null || entry.size() != 1) {
            throw invalid(where + " must be a single-key map such as {createTable: {...}}, not "
                    + (entry == null ? "null" : "a map with keys " + entry.keySet()));
        }
        Map.Entry<String, Object> change = entry.entrySet().iterator().next();
        String name = change.getKey();
        Object attributes = change.getValue();
        if (EntryReader.SQL.equals(name) && attributes instanceof String) {
            attributes = Collections.singletonMap(EntryReader.SQL, attributes);
        }
        if (name == null || !(attributes instanceof Map)) {
            throw invalid(where + " (" + name + ") must map to a map of attributes, not "
                    + (attributes == null ? "null" : attributes.getClass().getSimpleName()));
        }
        checkPlain(attributes, where + " (" + name + ")", name);
        return Collections.singletonMap(name, attributes);
    }

    /** Rejects values that YAML would write with a type tag or that would not read back equal. */
    private void checkPlain(Object value, String where, String path) {
        if (value instanceof Map) {
            for (Map.Entry<?, ?> item : ((Map<?, ?>) value).entrySet()) {
                if (!(item.getKey() instanceof String)) {
                    throw invalid(where + " has a non-text key " + item.getKey() + " at " + path);
                }
                checkPlain(item.getValue(), where, path + "." + item.getKey());
            }
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                checkPlain(list.get(i), where, path + "[" + i + "]");
            }
        } else if (!(value == null || value instanceof String || value instanceof Boolean
                || value instanceof Double || Checksums.isInteger(value))) {
            throw invalid(where + " has a value of type " + value.getClass().getName() + " at " + path
                    + "; use strings, integers, doubles, booleans, nulls, lists and maps");
        }
    }

    /** The form to write: the {@code sql} change with only its text goes back to the shorthand. */
    static Map<String, Object> writtenForm(Map<String, Object> entry) {
        Object attributes = entry.get(EntryReader.SQL);
        if (attributes instanceof Map && ((Map<?, ?>) attributes).size() == 1
                && ((Map<?, ?>) attributes).get(EntryReader.SQL) instanceof String) {
            Map<String, Object> shorthand = new LinkedHashMap<>();
            shorthand.put(EntryReader.SQL, ((Map<?, ?>) attributes).get(EntryReader.SQL));
            return shorthand;
        }
        return entry;
    }

    private ScriptException invalid(String problem) {
        return new ScriptException("cannot write revision " + revisionId + ": " + problem);
    }
}
