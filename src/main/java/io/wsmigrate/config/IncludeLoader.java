package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ListValue;
import io.wsmigrate.config.ConfigNode.MapValue;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a settings source with everything it includes, recursively, into one tree. Includes apply
 * in order, later ones over earlier ones, and the including file over all of them (maps merge
 * deeply, lists and scalars are replaced whole). Include entries may use {@code ${VAR}}.
 */
final class IncludeLoader {
    static final String INCLUDE_KEY = "include";

    private final YamlReader reader;
    private final Interpolator interpolator;
    private final ClassLoader classLoader;
    private final ApplicationFiles applicationFiles;

    IncludeLoader(ClassLoader classLoader, Interpolator interpolator) {
        this(classLoader, interpolator, new ApplicationFiles(classLoader, java.util.Map.of(), null));
    }

    /** {@code applicationFiles} reads a Spring Boot or Quarkus file, given or included, into ws-migrate's tree. */
    IncludeLoader(ClassLoader classLoader, Interpolator interpolator, ApplicationFiles applicationFiles) {
        this.reader = new YamlReader(classLoader);
        this.interpolator = interpolator;
        this.classLoader = classLoader;
        this.applicationFiles = applicationFiles;
    }

    MapValue load(SettingsSource source) {
        return load(source, List.of());
    }

    private MapValue load(SettingsSource source, List<SettingsSource> chain) {
        List<SettingsSource> path = new ArrayList<>(chain);
        path.add(source);
        if (chain.stream().anyMatch(earlier -> earlier.identity().equals(source.identity()))) {
            throw new ConfigException("include cycle: " + path.stream().map(SettingsSource::displayName)
                    .collect(Collectors.joining(" -> ")) + "; remove one of these includes");
        }
        MapValue translated = applicationFiles.translate(source);
        if (translated != null) {
            return translated; // a framework's file: its own imports and profiles are applied already
        }
        MapValue own = reader.read(source);
        MapValue merged = MapValue.empty(own.origin());
        for (IncludeEntry entry : includeEntries(own)) {
            SettingsSource included = resolve(source, entry);
            merged = merged.mergedWith(load(included, path));
        }
        return merged.mergedWith(own.without(INCLUDE_KEY));
    }

    private SettingsSource resolve(SettingsSource source, IncludeEntry entry) {
        SettingsSource included;
        try {
            included = source.resolve(entry.reference());
        } catch (InvalidPathException e) {
            throw ConfigException.at(entry.origin(), entry.keyPath(), "is not a valid path; fix the entry");
        }
        if (!included.exists(classLoader)) {
            throw new ConfigException(entry.origin().where() + ": included file " + included.displayName()
                    + " not found; fix the path (relative to " + source.displayName() + ", or classpath:...)"
                    + " or create the file");
        }
        return included;
    }

    /** The {@code include} entries: one text or a list of texts, each interpolated. */
    private List<IncludeEntry> includeEntries(MapValue own) {
        ConfigNode node = own.get(INCLUDE_KEY);
        if (node == null || node instanceof ScalarValue scalar && scalar.isNull()) {
            return List.of();
        }
        List<ConfigNode> entries = node instanceof ListValue list ? list.items() : List.of(node);
        List<IncludeEntry> references = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String keyPath = node instanceof ListValue ? KeyPaths.item(INCLUDE_KEY, i) : INCLUDE_KEY;
            ConfigNode entry = entries.get(i);
            if (!(entry instanceof ScalarValue scalar) || !scalar.isString() || ((String) scalar.value()).isBlank()) {
                String found = entry instanceof ScalarValue text && text.isString() ? "blank" : entry.kind();
                throw ConfigException.at(entry.origin(), keyPath, "must be a file name or a list of file names, not "
                        + found + "; e.g. include: [base.yaml]");
            }
            String reference = interpolator.interpolate((String) scalar.value(), scalar.origin(), keyPath);
            references.add(new IncludeEntry(reference, scalar.origin(), keyPath));
        }
        return references;
    }

    private record IncludeEntry(String reference, Origin origin, String keyPath) {
    }
}
