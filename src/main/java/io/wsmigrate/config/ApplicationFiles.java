package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.MapValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings files in a framework's format rather than ws-migrate's: which format a file is in,
 * reading its documents, and turning it into ws-migrate's settings tree. A {@code .properties}
 * file is Quarkus's when a key starts with {@code quarkus.} or a {@code %profile.}, else Spring
 * Boot's. A YAML file is ws-migrate's own when it has a {@code database}, {@code migrations} or
 * {@code include} section; otherwise it is Quarkus's when it has {@code quarkus} or a
 * {@code %profile}, and Spring Boot's when it has {@code spring} or {@code ws-migrate}.
 */
final class ApplicationFiles {
    /** The section of a framework's file that holds what the framework has no key for. */
    static final String SECTION = "ws-migrate";
    private static final List<String> OWN_SECTIONS = List.of("database", "migrations", IncludeLoader.INCLUDE_KEY);

    enum Format { WS_MIGRATE, SPRING, QUARKUS }

    private final ClassLoader classLoader;
    private final Map<String, String> environment;
    private final String profile;
    private final List<String> notes = new ArrayList<>();
    /** Whether a problem with the database values waits for a command that uses them, rather than stopping the load. */
    private final boolean deferDatabase;
    private String databaseProblem;
    /** Each source's format by {@link SettingsSource#identity()}: told once per load, telling parses the file. */
    private final Map<String, Format> formats = new HashMap<>();

    /** {@code profile} is the {@code --profile} option's value; null when not given. */
    ApplicationFiles(ClassLoader classLoader, Map<String, String> environment, String profile) {
        this(classLoader, environment, profile, false);
    }

    ApplicationFiles(ClassLoader classLoader, Map<String, String> environment, String profile, boolean deferDatabase) {
        this.classLoader = classLoader;
        this.environment = environment;
        this.profile = profile;
        this.deferDatabase = deferDatabase;
    }

    static Format format(SettingsSource source, ClassLoader classLoader) {
        if (isProperties(source)) {
            List<FlatDocument> documents = documents(source, classLoader);
            boolean quarkus = documents.stream().flatMap(d -> d.entries().keySet().stream())
                    .anyMatch(key -> key.startsWith("quarkus.") || key.startsWith("%"));
            return quarkus ? Format.QUARKUS : Format.SPRING;
        }
        MapValue tree = new YamlReader(classLoader).readDocuments(source).stream().findFirst()
                .orElse(MapValue.empty(Origin.of(source)));
        if (OWN_SECTIONS.stream().anyMatch(key -> tree.get(key) != null)) {
            return Format.WS_MIGRATE;
        }
        if (tree.entries().keySet().stream().anyMatch(key -> isSection(key, "quarkus") || key.startsWith("%"))) {
            return Format.QUARKUS;
        }
        return tree.entries().keySet().stream().anyMatch(key -> isSection(key, "spring") || isSection(key, SECTION))
                ? Format.SPRING : Format.WS_MIGRATE;
    }

    /** ws-migrate's settings tree from a framework's file, or null when the file is ws-migrate's own. */
    MapValue translate(SettingsSource source) {
        return switch (formatOf(source)) {
            case WS_MIGRATE -> null;
            case SPRING -> SpringSettings.translate(source, new SpringFiles(classLoader, environment).load(source, profile),
                    environment, notes::add, this::databaseProblem);
            case QUARKUS -> QuarkusSettings.translate(source, documents(source, classLoader), classLoader, environment,
                    profile, notes::add, this::databaseProblem);
        };
    }

    /** Thrown now, or, when deferring, kept: the first one is what a command that uses the database reports. */
    private void databaseProblem(ConfigException problem) {
        if (!deferDatabase) {
            throw problem;
        }
        if (databaseProblem == null) {
            databaseProblem = problem.getMessage();
        }
    }

    /** The first problem found with the database values, when deferring; null when none. */
    String databaseProblem() {
        return databaseProblem;
    }

    /** What the files translated so far set that ws-migrate does not read, one sentence each. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The note for a framework's schema generation setting, which ws-migrate leaves to itself. */
    static String schemaGenerationNote(ApplicationTree.Found setting) {
        String value = setting.text().strip().toLowerCase(Locale.ROOT);
        boolean changes = !value.isEmpty() && !value.equals("none") && !value.equals("validate");
        return setting.origin().where() + ": " + setting.origin().key() + " is not read: ws-migrate's revisions change"
                + " the schema" + (changes ? "; with '" + value + "' the application changes it too when it starts,"
                + " set it to validate or none" : "");
    }

    /**
     * For a framework's file given with {@code -c}: the database URL and the package must be
     * there, and a missing one is named as the framework's key, with the variable that could set it.
     */
    void requireComplete(SettingsSource source, MapValue tree) {
        Format format = formatOf(source);
        if (format == Format.WS_MIGRATE) {
            return;
        }
        boolean properties = isProperties(source);
        if (!(tree.get("database") instanceof MapValue database) || database.get("url") == null) {
            String key = format == Format.SPRING ? "spring.datasource.url" : "quarkus.datasource.jdbc.url";
            databaseProblem(new ConfigException(source.displayName() + ": missing " + key + " for the active profile;"
                    + " set it (or " + FlatDocument.environmentName(key) + " in the environment) to"
                    + " jdbc:postgresql://host:5432/db, or choose the profile that sets it with --profile"));
        }
        if (!(tree.get("migrations") instanceof MapValue migrations) || migrations.get("package") == null) {
            String example = properties ? SECTION + ".package=com.example.shop"
                    : SECTION + ": with package: com.example.shop";
            throw new ConfigException(source.displayName() + ": missing " + SECTION + ".package, the Java package of the"
                    + " @Entity classes; add " + example);
        }
    }

    private Format formatOf(SettingsSource source) {
        return formats.computeIfAbsent(source.identity(), identity -> format(source, classLoader));
    }

    /** {@code spring:} or a flattened {@code spring.datasource.url:} at the top level. */
    private static boolean isSection(String key, String section) {
        return key.equals(section) || key.startsWith(section + ".");
    }

    static boolean isProperties(SettingsSource source) {
        return name(source).endsWith(".properties");
    }

    static List<FlatDocument> documents(SettingsSource source, ClassLoader classLoader) {
        if (isProperties(source)) {
            return new PropertiesReader(classLoader).read(source);
        }
        List<FlatDocument> documents = new ArrayList<>();
        new YamlReader(classLoader).readDocuments(source).forEach(tree -> documents.add(FlatDocument.ofYaml(source, tree)));
        return documents;
    }

    /** {@code application-prod.yml} for {@code application.yml}, suffix {@code -prod} and extension {@code yml}. */
    static SettingsSource sibling(SettingsSource source, String suffix, String extension) {
        return source.resolve(baseName(source) + suffix + "." + extension);
    }

    /**
     * A {@code classpath:} location: in the application's own resources folder when the settings
     * file is in one ({@code src/main/resources}), else through ws-migrate's class loader.
     */
    static SettingsSource classpathResource(SettingsSource from, String name, ClassLoader classLoader) {
        String relative = name.startsWith("/") ? name.substring(1) : name;
        Path folder = from.directory();
        if (folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("resources")) {
            Path candidate = folder.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return SettingsSource.ofFile(candidate);
            }
        }
        return SettingsSource.ofResource(relative);
    }

    /** The file name before its extension: {@code application} for {@code application.yml}. */
    static String baseName(SettingsSource source) {
        String name = fileName(source);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The file name's extension without the dot; empty when it has none. */
    static String extension(SettingsSource source) {
        String name = fileName(source);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String name(SettingsSource source) {
        return fileName(source).toLowerCase(Locale.ROOT);
    }

    private static String fileName(SettingsSource source) {
        String name = source.isClasspath() ? source.resource() : String.valueOf(source.file().getFileName());
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
