package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ListValue;
import io.wsmigrate.config.ConfigNode.MapValue;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds ws-migrate's own settings tree ({@code database}, {@code migrations}, {@code logging})
 * from the values found in a Spring Boot or Quarkus settings file, so that one binder validates
 * all three formats. Every value keeps the file, line and the key the user wrote, and is escaped
 * for ws-migrate's own {@code ${VAR}} pass: the framework's placeholders are resolved already.
 */
final class ApplicationTree {
    /** The keys of the {@code ws-migrate:} section, as the {@code migrations} section spells them. */
    static final List<String> MIGRATIONS_KEYS = List.of("package", "classpath", "location", "version_table",
            "all_packages", "single_transaction", "adopt", "hibernate", "project_dir");
    private static final List<String> LIST_KEYS = List.of("classpath", "adopt");
    /** Keys the binder reads as true/false: typed here, as the framework's files hold only text. */
    private static final List<String> BOOLEAN_KEYS = List.of("all_packages", "single_transaction");
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /** One value as found: its text and where it was written, under which name. */
    record Found(String text, Origin origin) {
    }

    private final SettingsSource file;
    private final Consumer<ConfigException> databaseProblems;
    private final Map<String, ConfigNode> database = new LinkedHashMap<>();
    private final Map<String, ConfigNode> migrations = new LinkedHashMap<>();
    private final Map<String, ConfigNode> hibernate = new LinkedHashMap<>();
    private final Map<String, ConfigNode> ownHibernate = new LinkedHashMap<>();
    private final Map<String, ConfigNode> loggers = new LinkedHashMap<>();
    private ConfigNode rootLevel;

    /** {@code databaseProblems} takes what stops a database value from being read: it throws it, or keeps it. */
    ApplicationTree(SettingsSource file, Consumer<ConfigException> databaseProblems) {
        this.file = file;
        this.databaseProblems = databaseProblems;
    }

    /** A value of the database section, read only here: a problem reading it goes to {@code databaseProblems}. */
    void database(String key, Supplier<Found> value) {
        Found found;
        try {
            found = value.get();
        } catch (ConfigException e) {
            databaseProblems.accept(e);
            return;
        }
        if (found != null) {
            database.put(key, text(found));
        }
    }

    void hibernate(String property, Found value) {
        if (value != null) {
            hibernate.put(property, text(value));
        }
    }

    /** A Hibernate property of the {@code ws-migrate:} section: it wins over the framework's. */
    void ownHibernate(String property, Found value) {
        ownHibernate.put(property, text(value));
    }

    void rootLevel(Found level) {
        if (level != null) {
            rootLevel = text(level);
        }
    }

    void logger(String name, Found level) {
        loggers.put(name, text(level));
    }

    /** A key of the {@code ws-migrate:} section; {@code values} has one entry, or one per list item. */
    void migrations(String key, List<Found> values, Origin origin) {
        if (BOOLEAN_KEYS.contains(key)) {
            Found value = values.get(values.size() - 1);
            String text = value.text().strip();
            Object typed = text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
            migrations.put(key, new ScalarValue(typed, text, value.origin()));
        } else if (LIST_KEYS.contains(key)) {
            List<ConfigNode> items = new ArrayList<>();
            for (Found value : values) {
                for (String item : values.size() == 1 ? value.text().split(",") : new String[] {value.text()}) {
                    if (!item.isBlank()) {
                        items.add(text(new Found(item.strip(), value.origin())));
                    }
                }
            }
            migrations.put(key, new ListValue(items, origin));
        } else {
            migrations.put(key, text(values.get(values.size() - 1)));
        }
    }

    boolean hasDatabase(String key) {
        return database.containsKey(key);
    }

    boolean hasMigrations(String key) {
        return migrations.containsKey(key);
    }

    /**
     * The tree. Unless the file sets {@code project_dir}, a file in {@code src/main/resources} has
     * the project folder three levels up, where the build file and {@code migrations} are.
     */
    MapValue build() {
        Origin origin = Origin.of(file);
        Map<String, ConfigNode> migrationsSection = new LinkedHashMap<>(migrations);
        if (!hibernate.isEmpty() || !ownHibernate.isEmpty()) {
            Map<String, ConfigNode> merged = new LinkedHashMap<>(hibernate);
            merged.putAll(ownHibernate);
            migrationsSection.put("hibernate", new MapValue(merged, origin));
        }
        Path folder = file.directory();
        if (!migrationsSection.containsKey("project_dir") && folder != null && folder.endsWith(RESOURCES)) {
            migrationsSection.put("project_dir", new ScalarValue("../../..", "../../..", origin));
        }
        Map<String, ConfigNode> logging = new LinkedHashMap<>();
        if (rootLevel != null) {
            logging.put("level", rootLevel);
        }
        if (!loggers.isEmpty()) {
            logging.put("loggers", new MapValue(loggers, origin));
        }
        Map<String, ConfigNode> tree = new LinkedHashMap<>();
        putIfAny(tree, "database", database, origin);
        putIfAny(tree, "migrations", migrationsSection, origin);
        putIfAny(tree, "logging", logging, origin);
        return new MapValue(tree, origin);
    }

    private static void putIfAny(Map<String, ConfigNode> tree, String key, Map<String, ConfigNode> section, Origin origin) {
        if (!section.isEmpty()) {
            tree.put(key, new MapValue(section, origin));
        }
    }

    /** A text value; {@code ${} doubled, so ws-migrate's own interpolation leaves it as it is. */
    private static ScalarValue text(Found value) {
        String escaped = value.text().replace("${", "$${");
        return new ScalarValue(escaped, escaped, value.origin());
    }
}
