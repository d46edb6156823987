package io.wsmigrate.config;

import io.wsmigrate.config.ApplicationTree.Found;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documents of a Spring Boot application's settings in Spring's order of precedence, lowest
 * first: the documents of the file, each followed by what it imports ({@code spring.config.import}
 * wins over the document that imports it), then {@code application-{profile}.properties},
 * {@code .yml} and {@code .yaml} beside it for each active profile, a later profile over an
 * earlier one. A document with {@code spring.config.activate.on-profile} counts only when its
 * profiles are active. The active profiles are the {@code --profile} option, else
 * {@code SPRING_PROFILES_ACTIVE}, else {@code spring.profiles.active} in the file; with
 * {@code spring.profiles.include} before them and {@code spring.profiles.group} expanded; none
 * means {@code spring.profiles.default}, or {@code default}.
 */
final class SpringFiles {
    static final String ON_PROFILE = "spring.config.activate.on-profile";
    private static final String IMPORT = "spring.config.import";
    private static final String OPTIONAL = "optional:";
    private static final String FILE = "file:";
    /** Spring Boot's {@code spring.config.name}: the files it finds in a location by itself. */
    private static final String CONFIG_NAME = "application";
    /** The extensions Spring Boot reads, lowest precedence first. */
    private static final List<String> EXTENSIONS = List.of("yaml", "yml", "properties");

    private final ClassLoader classLoader;
    private final Map<String, String> environment;

    SpringFiles(ClassLoader classLoader, Map<String, String> environment) {
        this.classLoader = classLoader;
        this.environment = environment;
    }

    /** The active profiles and the documents that apply, lowest precedence first. */
    record Loaded(List<String> profiles, List<FlatDocument> layers) {
    }

    Loaded load(SettingsSource file, String profileOption) {
        List<SettingsSource> files = baseFiles(file);
        List<FlatDocument> unconditional = new ArrayList<>();
        for (SettingsSource baseFile : files) {
            ApplicationFiles.documents(baseFile, classLoader).stream()
                    .filter(document -> onProfile(document).isEmpty()).forEach(unconditional::add);
        }
        List<String> profiles = profiles(new SpringValues(unconditional, environment, file), profileOption);
        List<FlatDocument> layers = new ArrayList<>();
        for (SettingsSource baseFile : files) {
            for (FlatDocument document : ApplicationFiles.documents(baseFile, classLoader)) {
                addActive(document, profiles, layers, List.of(baseFile));
            }
        }
        for (String profile : profiles) {
            for (String extension : EXTENSIONS) {
                SettingsSource profileFile = ApplicationFiles.sibling(file, "-" + profile, extension);
                if (profileFile != null && profileFile.exists(classLoader)) {
                    for (FlatDocument document : ApplicationFiles.documents(profileFile, classLoader)) {
                        addActive(document, profiles, layers, List.of(file, profileFile));
                    }
                }
            }
        }
        return new Loaded(profiles, layers);
    }

    /**
     * The given file and, when it is Spring's {@code application.*}, its Spring Boot siblings in
     * the same folder, lowest precedence first: Spring Boot loads all of them from one location,
     * {@code .properties} over {@code .yml} over {@code .yaml}.
     */
    private List<SettingsSource> baseFiles(SettingsSource file) {
        if (!ApplicationFiles.baseName(file).equals(CONFIG_NAME)) {
            return List.of(file);
        }
        List<SettingsSource> files = new ArrayList<>();
        for (String extension : EXTENSIONS) {
            SettingsSource sibling = ApplicationFiles.sibling(file, "", extension);
            if (sibling.identity().equals(file.identity())) {
                files.add(file);
            } else if (sibling.exists(classLoader) && (sibling.isClasspath() || Files.isRegularFile(sibling.file()))
                    && ApplicationFiles.format(sibling, classLoader) == ApplicationFiles.Format.SPRING) {
                files.add(sibling);
            }
        }
        return files;
    }

    private List<String> profiles(SpringValues values, String profileOption) {
        List<String> active = new ArrayList<>();
        if (profileOption != null && !profileOption.isBlank()) {
            active.addAll(commaList(profileOption));
        } else {
            values.list("spring.profiles.active").forEach(found -> active.add(found.text()));
        }
        List<String> requested = new ArrayList<>();
        values.list("spring.profiles.include").forEach(found -> requested.add(found.text()));
        requested.addAll(active);
        if (active.isEmpty()) {
            List<Found> defaults = values.list("spring.profiles.default");
            requested.addAll(defaults.isEmpty() ? List.of("default") : defaults.stream().map(Found::text).toList());
        }
        return expandGroups(requested, values);
    }

    /** Each profile followed by the members of its group, depth first, each once: Spring's order. */
    private static List<String> expandGroups(List<String> requested, SpringValues values) {
        Deque<String> stack = new ArrayDeque<>();
        for (int i = requested.size() - 1; i >= 0; i--) {
            stack.push(requested.get(i));
        }
        Set<String> expanded = new LinkedHashSet<>();
        while (!stack.isEmpty()) {
            String current = stack.pop();
            if (expanded.add(current)) {
                List<Found> members = values.list("spring.profiles.group." + current);
                for (int i = members.size() - 1; i >= 0; i--) {
                    stack.push(members.get(i).text());
                }
            }
        }
        return List.copyOf(expanded);
    }

    private void addActive(FlatDocument document, List<String> profiles, List<FlatDocument> layers,
                           List<SettingsSource> chain) {
        List<Found> onProfile = onProfile(document);
        if (!onProfile.isEmpty() && !anyMatches(onProfile, profiles)) {
            return;
        }
        layers.add(document);
        for (Found reference : new SpringValues(List.of(document), environment, document.source()).list(IMPORT)) {
            SettingsSource imported = imported(document.source(), reference);
            if (imported == null) {
                continue;
            }
            addImported(imported, reference, profiles, layers, chain);
            String extension = ApplicationFiles.extension(imported);
            for (String profile : extension.isEmpty() ? List.<String>of() : profiles) {
                SettingsSource variant = ApplicationFiles.sibling(imported, "-" + profile, extension);
                if (variant.exists(classLoader)) {
                    addImported(variant, reference, profiles, layers, chain);
                }
            }
        }
    }

    /** An imported file's documents after the importing one's; its profile variants follow it, as in Spring Boot. */
    private void addImported(SettingsSource imported, Found reference, List<String> profiles, List<FlatDocument> layers,
                             List<SettingsSource> chain) {
        if (chain.stream().anyMatch(earlier -> earlier.identity().equals(imported.identity()))) {
            throw new ConfigException(reference.origin().where() + ": import cycle: " + chain.stream()
                    .map(SettingsSource::displayName).collect(Collectors.joining(" -> ")) + " -> "
                    + imported.displayName() + "; remove one of these imports");
        }
        List<SettingsSource> longer = new ArrayList<>(chain);
        longer.add(imported);
        for (FlatDocument importedDocument : ApplicationFiles.documents(imported, classLoader)) {
            addActive(importedDocument, profiles, layers, longer);
        }
    }

    /** The document's {@code spring.config.activate.on-profile} expressions, as text or a list; empty when it has none. */
    private static List<Found> onProfile(FlatDocument document) {
        return new SpringValues(List.of(document), Map.of(), document.source()).list(ON_PROFILE);
    }

    /** Spring's rule: a document counts when any one of its expressions matches the active profiles. */
    private static boolean anyMatches(List<Found> expressions, List<String> profiles) {
        boolean any = false;
        for (Found expression : expressions) {
            Boolean matches = ProfileExpression.matches(expression.text(), profiles);
            if (matches == null) {
                throw ConfigException.at(expression.origin(), ON_PROFILE, "is '" + expression.text() + "', not a"
                        + " profile expression; write a profile name, !name, a & b or a | b");
            }
            any |= matches;
        }
        return any;
    }

    /** The file an import names; null for a missing {@code optional:} one. */
    private SettingsSource imported(SettingsSource from, Found reference) {
        String location = reference.text();
        boolean optional = location.startsWith(OPTIONAL);
        location = optional ? location.substring(OPTIONAL.length()) : location;
        int colon = location.indexOf(':');
        String prefix = colon > 1 ? location.substring(0, colon + 1) : "";
        SettingsSource source;
        try {
            if (prefix.equals(SettingsSource.CLASSPATH_PREFIX)) {
                source = ApplicationFiles.classpathResource(from, location.substring(prefix.length()), classLoader);
            } else if (prefix.equals(FILE)) {
                source = SettingsSource.ofFile(Path.of(location.substring(prefix.length())));
            } else if (prefix.isEmpty()) {
                source = from.resolve(location);
            } else {
                if (optional) {
                    return null;
                }
                throw ConfigException.at(reference.origin(), IMPORT, "imports from " + prefix + ", which ws-migrate"
                        + " does not read; write optional:" + prefix + "..., or set the values it gives in the"
                        + " environment (SPRING_DATASOURCE_URL, ...)");
            }
        } catch (InvalidPathException e) {
            throw ConfigException.at(reference.origin(), IMPORT, "is not a valid path; fix the entry");
        }
        if (!source.isClasspath() && Files.isDirectory(source.file())) {
            throw ConfigException.at(reference.origin(), IMPORT, "names the folder " + source.displayName()
                    + "; ws-migrate imports files: name the file itself (application.yml, ...)");
        }
        if (!source.exists(classLoader)) {
            if (optional) {
                return null;
            }
            throw ConfigException.at(reference.origin(), IMPORT, "names " + source.displayName() + ", which does not"
                    + " exist; fix the path, create the file, or write optional:" + reference.text());
        }
        return source;
    }

    static List<String> commaList(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
