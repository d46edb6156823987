package io.wsmigrate.config;

import java.util.function.Function;

/**
 * Resolves the placeholders of Spring Boot and Quarkus settings: {@code ${name}} and
 * {@code ${name:default}}, with placeholders inside defaults and inside resolved values
 * ({@code ${DB_URL:${base.url}}}), and a backslash before {@code $} for a literal one. The lookup gives a
 * name's raw value, or null; a resolved value is resolved again, as both frameworks do, up to
 * a depth that stops a placeholder that refers to itself. Errors name the file, line and key,
 * never a value.
 */
final class Placeholders {
    private static final int MAX_DEPTH = 32;

    private final Function<String, String> lookup;

    Placeholders(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    String resolve(String text, Origin origin, String key) {
        return resolve(text, origin, key, 0);
    }

    private String resolve(String text, Origin origin, String key, int depth) {
        if (depth > MAX_DEPTH) {
            throw ConfigException.at(origin, key, "has placeholders that refer to each other in a loop; break the loop");
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("\\${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    throw ConfigException.at(origin, key, "has a ${ without a closing }; close it, or write \\${ for a"
                            + " literal ${");
                }
                out.append(value(text.substring(i + 2, end), origin, key, depth));
                i = end + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String value(String reference, Origin origin, String key, int depth) {
        int separator = separator(reference);
        String name = resolve(separator < 0 ? reference : reference.substring(0, separator), origin, key, depth + 1);
        String found = name.isBlank() ? null : lookup.apply(name.strip());
        if (found != null) {
            return resolve(found, origin, key, depth + 1);
        }
        if (separator >= 0) {
            return resolve(reference.substring(separator + 1), origin, key, depth + 1);
        }
        // The name is a setting's or variable's name, not a value: safe to show.
        throw ConfigException.at(origin, key, "uses ${" + name + "}, which is neither set in the file nor in the"
                + " environment; set it, or write ${" + name + ":default}");
    }

    /** The index of the {@code :} that starts the default, outside nested placeholders; -1 if none. */
    private static int separator(String reference) {
        int depth = 0;
        for (int i = 0; i < reference.length(); i++) {
            if (reference.startsWith("${", i)) {
                depth++;
                i++;
            } else if (reference.charAt(i) == '}') {
                depth--;
            } else if (reference.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closingBrace(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
