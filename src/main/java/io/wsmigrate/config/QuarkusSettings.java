package io.wsmigrate.config;

import io.wsmigrate.config.ApplicationTree.Found;
import io.wsmigrate.config.ConfigNode.MapValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Quarkus application's settings as ws-migrate's: {@code quarkus.datasource.jdbc.url},
 * {@code username} and {@code password} are the database; {@code quarkus.hibernate-orm.*} become
 * the Hibernate properties Quarkus sets from them (Quarkus sets no naming strategy of its own, so
 * Hibernate's defaults apply, as in the application); {@code quarkus.log.level} and
 * {@code quarkus.log.category."name".level} are the logging levels; the {@code ws-migrate.*} keys
 * are those of ws-migrate's {@code migrations} section. The profile is {@code --profile}, else
 * {@code QUARKUS_PROFILE}, else {@code quarkus.profile} in the file, else {@code prod}, the
 * profile of a packaged application.
 */
final class QuarkusSettings {
    private static final String ORM = "quarkus.hibernate-orm.";
    /** Quarkus settings and the Hibernate property each one sets, value for value. */
    private static final Map<String, String> HIBERNATE = Map.of(
            ORM + "physical-naming-strategy", SpringSettings.PHYSICAL_NAMING,
            ORM + "implicit-naming-strategy", SpringSettings.IMPLICIT_NAMING,
            ORM + "dialect", "hibernate.dialect",
            ORM + "database.default-schema", "hibernate.default_schema",
            ORM + "database.default-catalog", "hibernate.default_catalog",
            ORM + "database.globally-quoted-identifiers", "hibernate.globally_quoted_identifiers",
            ORM + "mapping.duration.preferred-jdbc-type", "hibernate.type.preferred_duration_jdbc_type",
            ORM + "discriminator.ignore-explicit-for-joined", "hibernate.discriminator.ignore_explicit_for_joined");
    private static final String UNSUPPORTED = ORM + "unsupported-properties";
    /** JBoss log levels that Logback spells otherwise. */
    private static final Map<String, String> LEVELS = Map.of("FATAL", "ERROR", "SEVERE", "ERROR", "WARNING", "WARN",
            "CONFIG", "INFO", "FINE", "DEBUG", "FINER", "DEBUG", "FINEST", "TRACE");

    private QuarkusSettings() {
    }

    static MapValue translate(SettingsSource file, List<FlatDocument> documents, ClassLoader classLoader,
                              Map<String, String> environment, String profileOption, Consumer<String> notes) {
        QuarkusValues unprofiled = new QuarkusValues(documents, Map.of(), List.of(), environment, file);
        String profileText = profileOption != null && !profileOption.isBlank() ? profileOption
                : environment.get("QUARKUS_PROFILE") != null ? environment.get("QUARKUS_PROFILE")
                : unprofiled.get("quarkus.profile") != null ? unprofiled.get("quarkus.profile").text() : "prod";
        List<String> profiles = SpringFiles.commaList(profileText);
        Map<String, List<FlatDocument>> profileFiles = new LinkedHashMap<>();
        for (String profile : profiles) {
            SettingsSource sibling = ApplicationFiles.sibling(file, "-" + profile, ApplicationFiles.isProperties(file)
                    ? "properties" : file.displayName().endsWith(".yml") ? "yml" : "yaml");
            if (sibling != null && sibling.exists(classLoader)) {
                profileFiles.put(profile, ApplicationFiles.documents(sibling, classLoader));
            }
        }
        QuarkusValues values = new QuarkusValues(documents, profileFiles, profiles, environment, file);
        ApplicationTree tree = new ApplicationTree(file);
        tree.database("url", values.get("quarkus.datasource.jdbc.url"));
        tree.database("user", values.get("quarkus.datasource.username"));
        tree.database("password", values.get("quarkus.datasource.password"));
        hibernate(values, tree);
        logging(values, tree);
        for (String generation : List.of(ORM + "database.generation", ORM + "schema-management.strategy")) {
            Found setting = values.get(generation);
            if (setting != null) {
                notes.accept(ApplicationFiles.schemaGenerationNote(setting));
            }
        }
        for (String key : ApplicationTree.MIGRATIONS_KEYS) {
            String name = ApplicationFiles.SECTION + "." + key.replace('_', '-');
            if (key.equals("hibernate")) {
                for (String property : values.childNames(name)) {
                    tree.ownHibernate(unquoted(property), values.get(name + "." + property));
                }
                continue;
            }
            List<Found> found = values.list(name);
            if (!found.isEmpty()) {
                tree.migrations(key, found, found.get(0).origin());
            }
        }
        return tree.build();
    }

    private static void hibernate(QuarkusValues values, ApplicationTree tree) {
        HIBERNATE.forEach((quarkusKey, property) -> tree.hibernate(property, values.get(quarkusKey)));
        Found storage = values.get(ORM + "mapping.timezone.default-storage");
        if (storage != null) {
            tree.hibernate("hibernate.timezone.default_storage",
                    new Found(storage.text().strip().toUpperCase(Locale.ROOT).replace('-', '_'), storage.origin()));
        }
        Found quoting = values.get(ORM + "quote-identifiers.strategy");
        if (quoting != null) {
            String strategy = quoting.text().strip().toLowerCase(Locale.ROOT);
            if (strategy.equals("all") || strategy.equals("all-except-column-definitions")) {
                tree.hibernate("hibernate.globally_quoted_identifiers", new Found("true", quoting.origin()));
            }
            if (strategy.equals("all-except-column-definitions")) {
                tree.hibernate("hibernate.globally_quoted_identifiers_skip_column_definitions",
                        new Found("true", quoting.origin()));
            } else if (strategy.equals("only-keywords")) {
                tree.hibernate("hibernate.auto_quote_keyword", new Found("true", quoting.origin()));
            }
        }
        for (String property : values.childNames(UNSUPPORTED)) {
            tree.hibernate(unquoted(property), values.get(UNSUPPORTED + "." + property));
        }
    }

    private static void logging(QuarkusValues values, ApplicationTree tree) {
        Found root = values.get("quarkus.log.level");
        tree.rootLevel(root == null ? null : new Found(logbackLevel(root.text()), root.origin()));
        for (String child : values.childNames("quarkus.log.category")) {
            if (child.endsWith(".level")) {
                String category = child.substring(0, child.length() - ".level".length());
                Found level = values.get("quarkus.log.category." + category + ".level");
                if (level == null) {
                    continue; // set only for a profile that is not active
                }
                tree.logger(unquoted(category), new Found(logbackLevel(level.text()), level.origin()));
            }
        }
    }

    private static String logbackLevel(String level) {
        return LEVELS.getOrDefault(level.strip().toUpperCase(Locale.ROOT), level);
    }

    private static String unquoted(String name) {
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }
}
