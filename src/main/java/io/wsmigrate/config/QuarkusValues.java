package io.wsmigrate.config;

import io.wsmigrate.config.ApplicationTree.Found;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of a Quarkus application's settings, looked up as SmallRye Config does: for each
 * active profile, the last one first, {@code %profile.name} (in the environment as
 * {@code _PROFILE_NAME}, then in {@code application-profile.properties}, then in the file, where
 * {@code %a,b.name} counts for both profiles); then {@code name} in the environment
 * ({@code QUARKUS_DATASOURCE_JDBC_URL}) and in the file. {@code ${name:default}} is resolved.
 */
final class QuarkusValues {
    private final List<FlatDocument> base;
    private final Map<String, List<FlatDocument>> profileFiles;
    private final List<String> profiles;
    private final Map<String, String> environment;
    private final SettingsSource file;
    private final Placeholders placeholders;

    QuarkusValues(List<FlatDocument> base, Map<String, List<FlatDocument>> profileFiles, List<String> profiles,
                  Map<String, String> environment, SettingsSource file) {
        this.base = List.copyOf(base);
        this.profileFiles = profileFiles;
        this.profiles = List.copyOf(profiles);
        this.environment = environment;
        this.file = file;
        this.placeholders = new Placeholders(name -> {
            Raw raw = raw(name);
            return raw == null ? environment.get(name) : raw.text();
        });
    }

    SettingsSource file() {
        return file;
    }

    Found get(String name) {
        Raw raw = raw(name);
        return raw == null ? null : new Found(placeholders.resolve(raw.text(), raw.origin(), raw.origin().key()), raw.origin());
    }

    /** A comma-separated value or {@code name[0]}, {@code name[1]}, ... */
    List<Found> list(String name) {
        List<Found> items = new ArrayList<>();
        Found single = get(name);
        if (single != null) {
            SpringFiles.commaList(single.text()).forEach(item -> items.add(new Found(item, single.origin())));
            return items;
        }
        for (int i = 0; ; i++) {
            Found item = get(name + "[" + i + "]");
            if (item == null) {
                return items;
            }
            items.add(item);
        }
    }

    /** The names under {@code prefix} in any profile, without the prefix: the keys of a map property. */
    Set<String> childNames(String prefix) {
        Set<String> names = new LinkedHashSet<>();
        List<FlatDocument> all = new ArrayList<>(base);
        profileFiles.values().forEach(all::addAll);
        for (FlatDocument document : all) {
            for (String key : document.entries().keySet()) {
                String unprofiled = key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
                if (unprofiled.startsWith(prefix + ".")) {
                    names.add(unprofiled.substring(prefix.length() + 1));
                }
            }
        }
        return names;
    }

    private record Raw(String text, Origin origin) {
    }

    private Raw raw(String name) {
        for (int i = profiles.size() - 1; i >= 0; i--) {
            String profile = profiles.get(i);
            Raw found = fromEnvironment("_" + FlatDocument.environmentName(profile) + "_" + FlatDocument.environmentName(name));
            if (found == null) {
                found = fromDocuments(profileFiles.getOrDefault(profile, List.of()), name, name);
            }
            if (found == null) {
                found = fromProfiled(profile, name);
            }
            if (found != null) {
                return found;
            }
        }
        Raw found = fromEnvironment(FlatDocument.environmentName(name));
        return found != null ? found : fromDocuments(base, name, name);
    }

    private Raw fromEnvironment(String variable) {
        String value = environment.get(variable);
        return value == null ? null : new Raw(value, Origin.of(file).named(variable + " (environment)"));
    }

    private static Raw fromDocuments(List<FlatDocument> documents, String key, String shownKey) {
        for (int i = documents.size() - 1; i >= 0; i--) {
            ScalarValue value = documents.get(i).get(key);
            if (value != null) {
                return new Raw(value.text(), value.origin().named(shownKey));
            }
        }
        return null;
    }

    /** {@code %profile.name}, or {@code %a,profile.name}: the last one written in the file. */
    private Raw fromProfiled(String profile, String name) {
        for (int i = base.size() - 1; i >= 0; i--) {
            Raw found = null;
            for (Map.Entry<String, ScalarValue> entry : base.get(i).entries().entrySet()) {
                String key = entry.getKey();
                int dot = key.indexOf('.');
                if (key.startsWith("%") && dot > 1 && key.substring(dot + 1).equals(name)
                        && SpringFiles.commaList(key.substring(1, dot)).contains(profile)) {
                    found = new Raw(entry.getValue().text(), entry.getValue().origin().named(key));
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
