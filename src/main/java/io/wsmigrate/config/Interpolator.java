package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ListValue;
import io.wsmigrate.config.ConfigNode.MapValue;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in text values with values from the given
 * environment, shell style: the default applies when the variable is unset or empty. {@code $${}
 * is a literal {@code ${}. Substituted values are not scanned again, so an environment value
 * containing {@code ${} stays as it is. Errors name the file, line and key, never the value.
 */
final class Interpolator {
    /** A variable's name; {@link WrittenSecrets} tells names from secrets by it. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DEFAULT_SEPARATOR = ":-";

    private final Map<String, String> environment;

    Interpolator(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The tree with every text scalar interpolated; {@code keyPath} is the dotted path of {@code node}. */
    ConfigNode interpolate(ConfigNode node, String keyPath) {
        if (node instanceof MapValue map) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            map.entries().forEach((key, value) -> entries.put(key, interpolate(value, KeyPaths.child(keyPath, key))));
            return new MapValue(entries, map.origin());
        }
        if (node instanceof ListValue list) {
            List<ConfigNode> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(interpolate(list.items().get(i), KeyPaths.item(keyPath, i)));
            }
            return new ListValue(items, list.origin());
        }
        ScalarValue scalar = (ScalarValue) node;
        if (!scalar.isString()) {
            return scalar;
        }
        String text = interpolate((String) scalar.value(), scalar.origin(), keyPath);
        return new ScalarValue(text, text, scalar.origin());
    }

    String interpolate(String text, Origin origin, String keyPath) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw ConfigException.at(origin, keyPath, "has a ${ without a closing }; close it, or write $${"
                            + " for a literal ${");
                }
                out.append(resolve(text.substring(i + 2, end), origin, keyPath));
                i = end + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String resolve(String reference, Origin origin, String keyPath) {
        int separator = reference.indexOf(DEFAULT_SEPARATOR);
        String name = separator < 0 ? reference : reference.substring(0, separator);
        String fallback = separator < 0 ? null : reference.substring(separator + DEFAULT_SEPARATOR.length());
        if (!NAME.matcher(name).matches()) {
            // The reference is not echoed: it may be part of a password that happens to contain ${.
            throw ConfigException.at(origin, keyPath, "has a ${...} whose variable name is not letters, digits and _;"
                    + " write ${NAME} or ${NAME:-default}, or $${ for a literal ${");
        }
        String value = environment.get(name);
        if (value != null && !(value.isEmpty() && fallback != null)) {
            return value;
        }
        if (fallback != null) {
            return fallback;
        }
        throw ConfigException.at(origin, keyPath, "uses ${" + name + "}, but " + name + " is not set in the"
                + " environment; export " + name + " or write ${" + name + ":-default}");
    }
}
