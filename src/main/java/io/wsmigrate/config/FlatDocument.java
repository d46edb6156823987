package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ListValue;
import io.wsmigrate.config.ConfigNode.MapValue;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One document of a Spring Boot or Quarkus settings file, flattened to dotted keys the way both
 * frameworks flatten YAML ({@code spring: datasource: url:} is {@code spring.datasource.url},
 * list items are {@code key[0]}, a {@code [bracketed.key]} keeps its dots), in file order, each
 * value with the line it came from.
 */
record FlatDocument(SettingsSource source, Map<String, ScalarValue> entries) {
    FlatDocument {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static FlatDocument ofYaml(SettingsSource source, MapValue tree) {
        Map<String, ScalarValue> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return new FlatDocument(source, flat);
    }

    private static void flatten(String prefix, ConfigNode node, Map<String, ScalarValue> flat) {
        if (node instanceof MapValue map) {
            map.entries().forEach((key, value) -> flatten(join(prefix, key), value, flat));
        } else if (node instanceof ListValue list) {
            for (int i = 0; i < list.items().size(); i++) {
                flatten(prefix + "[" + i + "]", list.items().get(i), flat);
            }
        } else if (!((ScalarValue) node).isNull()) {
            flat.put(prefix, (ScalarValue) node);
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() || key.startsWith("[") ? prefix + key : prefix + "." + key;
    }

    ScalarValue get(String key) {
        return entries.get(key);
    }

    /** The key that is {@code canonical} in Spring's relaxed form, the last one written; null if none. */
    String relaxedKey(String canonical) {
        List<String> wanted = uniform(elements(canonical));
        String found = null;
        for (String key : entries.keySet()) {
            if (uniform(elements(key)).equals(wanted)) {
                found = key;
            }
        }
        return found;
    }

    /**
     * The entries under {@code canonicalPrefix} (relaxed), keyed by the rest of their key as
     * written ({@code hibernate.default_schema} under {@code spring.jpa.properties}).
     */
    Map<String, String> relaxedChildren(String canonicalPrefix) {
        List<String> prefix = uniform(elements(canonicalPrefix));
        Map<String, String> children = new LinkedHashMap<>();
        for (String key : entries.keySet()) {
            List<String> elements = elements(key);
            if (elements.size() > prefix.size() && uniform(elements.subList(0, prefix.size())).equals(prefix)) {
                children.put(String.join(".", elements.subList(prefix.size(), elements.size())), key);
            }
        }
        return children;
    }

    /**
     * The elements of a key: split at dots outside brackets and double quotes, so that
     * {@code a[b.c].d} is {@code a, b.c, d} and {@code log.category."org.x".level} is
     * {@code log, category, org.x, level}.
     */
    static List<String> elements(String key) {
        List<String> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char closing = 0;
        for (char c : key.toCharArray()) {
            if (closing != 0) {
                if (c == closing) {
                    closing = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '[' || c == '"') {
                if (c == '[' && !current.isEmpty()) {
                    elements.add(current.toString());
                    current.setLength(0);
                }
                closing = c == '[' ? ']' : '"';
            } else if (c == '.') {
                elements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        elements.add(current.toString());
        elements.removeIf(String::isEmpty);
        return elements;
    }

    /** Spring's relaxed form of a name's element: {@code physical-strategy}, {@code physicalStrategy} and {@code PHYSICAL_STRATEGY} are alike. */
    static String uniform(String element) {
        StringBuilder out = new StringBuilder(element.length());
        for (char c : element.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    static List<String> uniform(List<String> elements) {
        return elements.stream().map(FlatDocument::uniform).toList();
    }

    /** The key as an environment variable name, the way Quarkus and Spring write one: {@code QUARKUS_DATASOURCE_JDBC_URL}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
