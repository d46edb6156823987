package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.MapValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of a database section that could not be read as a whole, read from the tree as it
 * was written, so that a command that runs without the section still masks them. Loaded only then:
 * its pattern is not compiled on every command's start.
 */
final class WrittenSecrets {
    /** A {@code ${...}}, closed or not, with its default. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::-?([^}]*))?}?");

    private WrittenSecrets() {
    }

    /**
     * The secrets written in a database section that could not be read, so that they are masked
     * all the same: the password (every text of it, see {@link #collectTexts}), password-like
     * properties and the URL's password. A property or a URL that still holds a {@code ${...}} was
     * never resolved, and is left out.
     */
    static Secrets of(MapValue tree) {
        if (!(tree.get("database") instanceof MapValue database)) {
            return Secrets.of(List.of());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (database.get("properties") instanceof MapValue written) {
            written.entries().forEach((name, node) -> properties.put(name, resolvedText(node)));
        }
        List<String> passwords = new ArrayList<>();
        collectTexts(database.get("password"), passwords); // a list or a map where text belongs holds it all the same
        return Secrets.ofWritten(passwords, properties, resolvedText(database.get("url")),
                resolvedText(database.get("user")));
    }

    private static String resolvedText(ConfigNode node) {
        return node instanceof ConfigNode.ScalarValue value && !value.text().contains("${") ? value.text() : null;
    }

    /**
     * Every text under {@code node}. Of one with a {@code ${...}} that was never resolved: the parts
     * around it, its default and a name that is no variable's, but not a variable's name, which
     * messages must be able to show.
     */
    private static void collectTexts(ConfigNode node, List<String> texts) {
        if (node instanceof ConfigNode.ListValue list) {
            list.items().forEach(item -> collectTexts(item, texts));
        } else if (node instanceof MapValue map) {
            map.entries().forEach((key, value) -> {
                texts.add(key);
                collectTexts(value, texts);
            });
        } else if (node instanceof ConfigNode.ScalarValue value) {
            Matcher placeholder = PLACEHOLDER.matcher(value.text());
            int literalStart = 0;
            while (placeholder.find()) {
                texts.add(value.text().substring(literalStart, placeholder.start()));
                if (!Interpolator.NAME.matcher(placeholder.group(1)).matches()) {
                    texts.add(placeholder.group(1));
                }
                if (placeholder.group(2) != null) {
                    texts.add(placeholder.group(2));
                }
                literalStart = placeholder.end();
            }
            texts.add(value.text().substring(literalStart));
        }
    }
}
