package io.wsmigrate.liquibase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a revision's {@code upgrade:} or {@code downgrade:} list: a Liquibase change type and
 * its attributes, as in {@code - createTable: {tableName: offer, columns: [...]}}. Attributes keep
 * their order and hold plain YAML values only (String, Number, Boolean, null, List, Map); the
 * record is deeply immutable.
 */
public record ChangeEntry(String type, Map<String, Object> attributes) {

    public ChangeEntry {
        Objects.requireNonNull(type, "type");
        if (type.isBlank()) {
            throw new ChangeException("a change entry needs a change type, e.g. `- createTable: {...}`");
        }
        attributes = copyMap(attributes == null ? Map.of() : attributes, type);
    }

    public static ChangeEntry of(String type, Map<String, Object> attributes) {
        return new ChangeEntry(type, attributes);
    }

    /** A {@code sql} change running the given statements. */
    public static ChangeEntry sql(String sql) {
        return new ChangeEntry("sql", Map.of("sql", sql));
    }

    /** The entry as YAML sees it: a map with one key, the change type. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(type, attributes);
        return Collections.unmodifiableMap(map);
    }

    /**
     * Reads one list item of a revision file. {@code - sql: "SELECT 1"} is accepted as the short
     * form of {@code - sql: {sql: "SELECT 1"}}, as Liquibase does.
     */
    public static ChangeEntry fromMap(Map<?, ?> item) {
        if (item == null || item.size() != 1 || !(item.keySet().iterator().next() instanceof String)) {
            throw new ChangeException("a change entry is a map with exactly one key, the change type "
                    + "(e.g. `- createTable: {tableName: offer, ...}`), but found "
                    + (item == null ? "nothing" : "keys " + item.keySet()));
        }
        String type = (String) item.keySet().iterator().next();
        Object value = item.get(type);
        if (value == null) {
            return new ChangeEntry(type, Map.of());
        }
        if (value instanceof String && type.equals("sql")) {
            return new ChangeEntry(type, Map.of("sql", value));
        }
        if (!(value instanceof Map)) {
            throw new ChangeException("the attributes of change '" + type + "' must be a map of attribute: value, "
                    + "but found " + describe(value));
        }
        return new ChangeEntry(type, stringKeys((Map<?, ?>) value, type));
    }

    private static Map<String, Object> copyMap(Map<String, Object> map, String path) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, copyValue(value, path + "." + key)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map) {
            return copyMap(stringKeys((Map<?, ?>) value, path), path);
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new ChangeException("attribute " + path + " holds " + describe(value)
                + "; change attributes are plain YAML values (text, numbers, booleans, lists, maps); quote it");
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map, String path) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new ChangeException("attribute names in " + path + " must be text, but found " + describe(e.getKey()));
            }
            result.put((String) e.getKey(), e.getValue());
        }
        return result;
    }

    /** How YAML would call the value: a list, a map, text, ... */
    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String kind = value instanceof List ? "list" : value instanceof Map ? "map"
                : value instanceof String ? "text" : value.getClass().getSimpleName();
        return "a " + kind + " (" + value + ")";
    }
}
