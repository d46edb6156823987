package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ListValue;
import io.wsmigrate.config.ConfigNode.MapValue;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, validating access to one map of the settings tree. Every error names the file and line
 * the value came from and its dotted key. Values are never quoted in messages (one may be a
 * password), except durations and levels, which are not secret.
 */
final class Section {
    private final MapValue map;
    private final String path;
    private final SettingsSource settingsFile;

    private Section(MapValue map, String path, SettingsSource settingsFile) {
        this.map = map;
        this.path = path;
        this.settingsFile = settingsFile;
    }

    static Section root(MapValue tree, SettingsSource settingsFile) {
        return new Section(tree, "", settingsFile);
    }

    /** The named sub-map; an absent or empty section reads as an empty map. */
    Section section(String key) {
        ConfigNode node = node(key);
        if (node == null) {
            return new Section(MapValue.empty(Origin.of(settingsFile)), keyPath(key), settingsFile);
        }
        if (!(node instanceof MapValue sub)) {
            throw ConfigException.at(node.origin(), keyPath(key), "must be a map of settings (key: value lines"
                    + " indented below it), not " + node.kind());
        }
        return new Section(sub, keyPath(key), settingsFile);
    }

    /** The node under {@code key}; null when absent or written as an empty value. */
    ConfigNode node(String key) {
        ConfigNode node = map.get(key);
        return node instanceof ScalarValue scalar && scalar.isNull() ? null : node;
    }

    String keyPath(String key) {
        return KeyPaths.child(path, key);
    }

    /** A text value, or null when absent. Numbers and booleans must be quoted: YAML reads 0123 as 83. */
    String text(String key) {
        ConfigNode node = node(key);
        return node == null ? null : requireText(node, keyPath(key));
    }

    String requiredText(String key, String example) {
        String text = text(key);
        if (text == null) {
            throw new ConfigException(settingsFile.displayName() + ": missing required key " + keyPath(key)
                    + "; add it, e.g. " + example);
        }
        if (text.isBlank()) {
            throw ConfigException.at(node(key).origin(), keyPath(key), "is empty; set it, e.g. " + example);
        }
        return text;
    }

    /** A list of texts, or one text standing for a list of one; empty when absent. */
    List<String> textList(String key) {
        ConfigNode node = node(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof ListValue list)) {
            return List.of(requireText(node, keyPath(key)));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            texts.add(requireText(list.items().get(i), KeyPaths.item(keyPath(key), i)));
        }
        return texts;
    }

    /** One item of a list: a text, or a map of settings ({@code section}); {@code keyPath} names it in errors. */
    record Item(String text, Section section, Origin origin, String keyPath) {
    }

    /** The items of the list under {@code key}, each a text or a map; one value stands for a list of one. */
    List<Item> items(String key) {
        ConfigNode node = node(key);
        if (node == null) {
            return List.of();
        }
        List<ConfigNode> nodes = node instanceof ListValue list ? list.items() : List.of(node);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ConfigNode item = nodes.get(i);
            String itemPath = node instanceof ListValue ? KeyPaths.item(keyPath(key), i) : keyPath(key);
            items.add(item instanceof MapValue sub ? new Item(null, new Section(sub, itemPath, settingsFile),
                    item.origin(), itemPath) : new Item(requireText(item, itemPath), null, item.origin(), itemPath));
        }
        return items;
    }

    /** Refuses a key this section does not know, naming the ones it does. */
    void requireOnly(List<String> known) {
        for (String key : keys()) {
            if (!known.contains(key)) {
                throw ConfigException.at(origin(key), keyPath(key), "is not a setting here; use one of "
                        + String.join(", ", known));
            }
        }
    }

    /** Whether the section has the key (with a value). */
    boolean has(String key) {
        return node(key) != null;
    }

    /** A map of plain values, each as its source text ({@code ssl: true} gives "true"); empty when absent. */
    Map<String, String> textMap(String key) {
        Section sub = section(key);
        Map<String, String> texts = new LinkedHashMap<>();
        sub.map.entries().forEach((name, value) -> {
            if (!(value instanceof ScalarValue scalar) || scalar.isNull()) {
                throw ConfigException.at(value.origin(), sub.keyPath(name), "must be a single value, not " + value.kind());
            }
            texts.put(name, scalar.text());
        });
        return texts;
    }

    /** The names under this section, in file order. */
    Iterable<String> keys() {
        return map.entries().keySet();
    }

    /** Scalar source text, whatever YAML type it has (for levels: YAML reads OFF as false). */
    String rawText(String key) {
        ConfigNode node = node(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarValue scalar)) {
            throw ConfigException.at(node.origin(), keyPath(key), "must be a single value, not " + node.kind());
        }
        return scalar.text();
    }

    /**
     * A true/false value; absent means {@code fallback}. Text that reads true or false counts: it is
     * what a {@code ${VAR}} gives, as a deploy sets such a key per environment.
     */
    boolean bool(String key, boolean fallback) {
        ConfigNode node = node(key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof ScalarValue scalar && scalar.value() instanceof Boolean b) {
            return b;
        }
        if (node instanceof ScalarValue scalar && scalar.isString()
                && (scalar.text().strip().equalsIgnoreCase("true") || scalar.text().strip().equalsIgnoreCase("false"))) {
            return scalar.text().strip().equalsIgnoreCase("true");
        }
        throw ConfigException.at(node.origin(), keyPath(key), "must be true or false, not " + node.kind());
    }

    Duration duration(String key) {
        ConfigNode node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarValue scalar && (scalar.isString() || scalar.value() instanceof Number)) {
            return Durations.parse(scalar.text()).orElseThrow(() -> ConfigException.at(node.origin(), keyPath(key),
                    "is '" + scalar.text() + "', not a duration; write " + Durations.EXAMPLES));
        }
        throw ConfigException.at(node.origin(), keyPath(key), "must be a duration (" + Durations.EXAMPLES + "), not "
                + node.kind());
    }

    /** A whole number from 1 to {@code max}; absent means null. */
    Integer positiveInt(String key, int max) {
        ConfigNode node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarValue scalar && scalar.value() instanceof Integer n && n >= 1 && n <= max) {
            return n;
        }
        throw ConfigException.at(node.origin(), keyPath(key), "must be a whole number from 1 to " + max + ", not "
                + (node instanceof ScalarValue scalar ? "'" + scalar.text() + "'" : node.kind()));
    }

    /** A duration no longer than {@code max}, which names the limit in the message ({@code what}). */
    Duration duration(String key, Duration max, String what) {
        Duration duration = duration(key);
        if (duration != null && duration.compareTo(max) > 0) {
            throw ConfigException.at(node(key).origin(), keyPath(key), "is '" + ((ScalarValue) node(key)).text()
                    + "', longer than " + what + " allows (at most " + max.toHours() + "h); use a shorter duration");
        }
        return duration;
    }

    /** A path written under {@code key}, resolved against the folder of the file that wrote it. */
    Path path(String key, Path fallbackBase) {
        String text = text(key);
        return text == null ? null : toPath(text, node(key).origin(), keyPath(key), baseOf(node(key), fallbackBase));
    }

    Origin origin(String key) {
        ConfigNode node = node(key);
        return node == null ? map.origin() : node.origin();
    }

    static Path toPath(String text, Origin origin, String keyPath, Path base) {
        try {
            return base.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw ConfigException.at(origin, keyPath, "is not a valid path; fix it");
        }
    }

    // Files from classpath: includes have no folder; their relative paths fall back to the settings file's.
    private static Path baseOf(ConfigNode node, Path fallbackBase) {
        Path directory = node.origin().source().directory();
        return directory == null ? fallbackBase : directory;
    }

    private static String requireText(ConfigNode node, String keyPath) {
        if (node instanceof ScalarValue scalar && scalar.isString()) {
            return (String) scalar.value();
        }
        String hint = node instanceof ScalarValue ? "; put the value in quotes if it is meant as text" : "";
        throw ConfigException.at(node.origin(), keyPath, "must be text, not " + node.kind() + hint);
    }
}
