package io.wsmigrate.config;

import io.wsmigrate.config.ApplicationTree.Found;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a Spring Boot application's settings, looked up as Spring's binder does: the
 * environment first (relaxed: {@code SPRING_DATASOURCE_URL} for {@code spring.datasource.url}),
 * then the documents from the highest precedence down, keys in relaxed form
 * ({@code physicalStrategy} is {@code physical-strategy}), {@code ${name:default}} resolved.
 */
final class SpringValues {
    private final List<FlatDocument> layers;
    private final Map<String, String> environment;
    private final SettingsSource file;
    private final Placeholders placeholders;

    /** {@code layers} from the lowest precedence to the highest. */
    SpringValues(List<FlatDocument> layers, Map<String, String> environment, SettingsSource file) {
        this.layers = List.copyOf(layers);
        this.environment = environment;
        this.file = file;
        this.placeholders = new Placeholders(this::raw);
    }

    /** The resolved value of {@code canonical}, or null when neither the environment nor a file sets it. */
    Found get(String canonical) {
        String variable = environmentVariable(canonical);
        if (variable != null) {
            return new Found(environment.get(variable), Origin.of(file).named(variable + " (environment)"));
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            FlatDocument layer = layers.get(i);
            String key = layer.relaxedKey(canonical);
            if (key != null) {
                return resolved(layer.get(key), key);
            }
        }
        return null;
    }

    /** A list: {@code a, b} in one value, or {@code key[0]}, {@code key[1]} in the highest layer that has items. */
    List<Found> list(String canonical) {
        Found single = get(canonical);
        if (single != null) {
            List<Found> items = new ArrayList<>();
            for (String item : single.text().split(",")) {
                if (!item.isBlank()) {
                    items.add(new Found(item.strip(), single.origin()));
                }
            }
            return items;
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            List<Found> items = new ArrayList<>();
            FlatDocument layer = layers.get(i);
            layer.relaxedChildren(canonical).forEach((rest, key) -> {
                if (rest.chars().allMatch(Character::isDigit)) {
                    items.add(resolved(layer.get(key), key));
                }
            });
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    /** The entries of a map property ({@code spring.jpa.properties}), later layers over earlier ones. */
    Map<String, Found> map(String canonicalPrefix) {
        Map<String, Found> merged = new LinkedHashMap<>();
        for (FlatDocument layer : layers) {
            layer.relaxedChildren(canonicalPrefix).forEach((rest, key) -> merged.put(rest, resolved(layer.get(key), key)));
        }
        return merged;
    }

    SettingsSource file() {
        return file;
    }

    /** A key under {@code canonicalPrefix} whose first element is none of {@code known} (relaxed), as a Found of its key. */
    Optional<Found> unknownChildren(String canonicalPrefix, List<String> known) {
        List<String> uniformKnown = known.stream().map(FlatDocument::uniform).toList();
        for (FlatDocument layer : layers) {
            for (Map.Entry<String, String> child : layer.relaxedChildren(canonicalPrefix).entrySet()) {
                String first = FlatDocument.elements(child.getKey()).get(0);
                if (!uniformKnown.contains(FlatDocument.uniform(first))) {
                    return Optional.of(new Found(child.getValue(), layer.get(child.getValue()).origin()));
                }
            }
        }
        return Optional.empty();
    }

    private Found resolved(ScalarValue value, String key) {
        Origin origin = value.origin().named(key);
        return new Found(placeholders.resolve(value.text(), origin, key), origin);
    }

    /** A placeholder's raw value: the environment (relaxed, as Spring's), then the files. */
    private String raw(String name) {
        for (String candidate : new String[] {name, name.replace('.', '_'), name.replace('-', '_'),
                name.replace('.', '_').replace('-', '_')}) {
            String value = environment.get(candidate);
            if (value == null) {
                value = environment.get(candidate.toUpperCase(Locale.ROOT));
            }
            if (value != null) {
                return value;
            }
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            String key = layers.get(i).relaxedKey(name);
            if (key != null) {
                return layers.get(i).get(key).text();
            }
        }
        return null;
    }

    /** The variable that sets {@code canonical}: {@code SPRING_JPA_HIBERNATE_NAMING_PHYSICALSTRATEGY}, or its legacy {@code _PHYSICAL_STRATEGY}. */
    private String environmentVariable(String canonical) {
        String upper = canonical.toUpperCase(Locale.ROOT).replace('.', '_');
        for (String candidate : new String[] {upper.replace("-", ""), upper.replace('-', '_')}) {
            if (environment.get(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }
}
