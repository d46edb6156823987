package io.wsmigrate.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A settings tree that remembers where each value was written. Maps keep their key order; a
 * scalar keeps both its YAML value (number, boolean, text, ...) and its source text, because YAML
 * reads {@code level: OFF} as {@code false}. No {@code toString} shows a scalar's text: it may be
 * a password.
 */
sealed interface ConfigNode {

    Origin origin();

    /** Plain Java values: maps, lists, strings, numbers, booleans, null. */
    Object toPlain();

    /** How an error message describes this value's type: "a map", "a number", ... */
    String kind();

    record MapValue(Map<String, ConfigNode> entries, Origin origin) implements ConfigNode {
        public MapValue {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        static MapValue empty(Origin origin) {
            return new MapValue(Map.of(), origin);
        }

        ConfigNode get(String key) {
            return entries.get(key);
        }

        MapValue with(String key, ConfigNode value) {
            Map<String, ConfigNode> copy = new LinkedHashMap<>(entries);
            copy.put(key, value);
            return new MapValue(copy, origin);
        }

        MapValue without(String key) {
            Map<String, ConfigNode> copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new MapValue(copy, origin);
        }

        /** Deep merge: maps merge key by key, anything else in {@code override} replaces what is here. */
        MapValue mergedWith(MapValue override) {
            Map<String, ConfigNode> merged = new LinkedHashMap<>(entries);
            override.entries.forEach((key, value) -> {
                ConfigNode existing = merged.get(key);
                if (existing instanceof MapValue base && value instanceof MapValue overriding) {
                    merged.put(key, base.mergedWith(overriding));
                } else {
                    merged.put(key, value);
                }
            });
            return new MapValue(merged, override.origin);
        }

        @Override
        public Object toPlain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            entries.forEach((key, value) -> plain.put(key, value.toPlain()));
            return Collections.unmodifiableMap(plain);
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    record ListValue(List<ConfigNode> items, Origin origin) implements ConfigNode {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public Object toPlain() {
            List<Object> plain = new ArrayList<>();
            items.forEach(item -> plain.add(item.toPlain()));
            return Collections.unmodifiableList(plain);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** {@code value} is what YAML makes of {@code text}; both are null for an empty value. */
    record ScalarValue(Object value, String text, Origin origin) implements ConfigNode {

        boolean isNull() {
            return value == null;
        }

        boolean isString() {
            return value instanceof String;
        }

        @Override
        public Object toPlain() {
            return value;
        }

        @Override
        public String kind() {
            if (value == null) {
                return "empty";
            }
            if (value instanceof String) {
                return "text";
            }
            if (value instanceof Number) {
                return "a number";
            }
            return value instanceof Boolean ? "true/false" : "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "ScalarValue[" + kind() + " at " + origin.where() + "]";
        }
    }
}
