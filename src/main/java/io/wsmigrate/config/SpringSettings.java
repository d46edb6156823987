package io.wsmigrate.config;

import io.wsmigrate.config.ApplicationTree.Found;
import io.wsmigrate.config.ConfigNode.MapValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Spring Boot application's settings as ws-migrate's: {@code spring.datasource.url},
 * {@code username} and {@code password} are the database; {@code spring.jpa.properties.*},
 * {@code spring.jpa.database-platform} and the naming strategies are the Hibernate properties,
 * with Spring Boot's defaults for the naming strategies, applied as Spring Boot's
 * {@code HibernateProperties} applies them (an explicit {@code spring.jpa.hibernate.naming.*}
 * wins over {@code spring.jpa.properties}, and a default only fills a gap); {@code logging.level.*}
 * and {@code logging.group.*} are the logging levels; the {@code ws-migrate:} section has the keys
 * of ws-migrate's {@code migrations} section. {@code spring.jpa.hibernate.ddl-auto} is not read:
 * the schema is ws-migrate's to manage.
 */
final class SpringSettings {
    static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";
    static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
    /** Spring Boot 3's default implicit naming strategy (Spring Boot 4 moved it to org.springframework.boot.hibernate). */
    static final String SPRING_IMPLICIT_NAMING = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    /** Spring Boot 3's default physical naming strategy; Hibernate's, in Hibernate 6.x and 7.x alike. */
    static final String SPRING_PHYSICAL_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot's built-in logger groups. */
    private static final Map<String, List<String>> BUILT_IN_GROUPS = Map.of(
            "web", List.of("org.springframework.core.codec", "org.springframework.http", "org.springframework.web",
                    "org.springframework.boot.actuate.endpoint.web", "org.springframework.boot.web.servlet.ServletContextInitializerBeans"),
            "sql", List.of("org.springframework.jdbc.core", "org.hibernate.SQL", "org.jooq.tools.LoggerListener"));

    private SpringSettings() {
    }

    static MapValue translate(SettingsSource file, SpringFiles.Loaded loaded, Map<String, String> environment,
                              Consumer<String> notes, Consumer<ConfigException> databaseProblems) {
        SpringValues values = new SpringValues(loaded.layers(), environment, file);
        ApplicationTree tree = new ApplicationTree(file, databaseProblems);
        tree.database("url", () -> values.get("spring.datasource.url"));
        tree.database("user", () -> values.get("spring.datasource.username"));
        tree.database("password", () -> values.get("spring.datasource.password"));
        values.map("spring.jpa.properties").forEach(tree::hibernate);
        tree.hibernate("hibernate.dialect", values.get("spring.jpa.database-platform"));
        naming(values, tree, IMPLICIT_NAMING, "spring.jpa.hibernate.naming.implicit-strategy", SPRING_IMPLICIT_NAMING);
        naming(values, tree, PHYSICAL_NAMING, "spring.jpa.hibernate.naming.physical-strategy", SPRING_PHYSICAL_NAMING);
        logging(values, environment, tree);
        migrations(values, tree);
        Found ddlAuto = values.get("spring.jpa.hibernate.ddl-auto");
        if (ddlAuto != null) {
            notes.accept(ApplicationFiles.schemaGenerationNote(ddlAuto));
        }
        return tree.build();
    }

    /** Spring Boot's rule: the naming property wins, then spring.jpa.properties, then Spring's default. */
    private static void naming(SpringValues values, ApplicationTree tree, String property, String springKey,
                               String springDefault) {
        Found explicit = values.get(springKey);
        if (explicit != null) {
            tree.hibernate(property, explicit);
        } else if (!values.map("spring.jpa.properties").containsKey(property)) {
            Origin origin = Origin.of(values.file()).named(springKey + " (Spring Boot's default)");
            tree.hibernate(property, new Found(springDefault, origin));
        }
    }

    private static void logging(SpringValues values, Map<String, String> environment, ApplicationTree tree) {
        Map<String, Found> levels = new java.util.LinkedHashMap<>(values.map("logging.level"));
        environment.forEach((name, level) -> {
            if (name.startsWith("LOGGING_LEVEL_") && name.length() > "LOGGING_LEVEL_".length()) {
                String logger = name.substring("LOGGING_LEVEL_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                levels.put(logger, new Found(level, Origin.of(values.file()).named(name + " (environment)")));
            }
        });
        levels.forEach((name, level) -> {
            Found logbackLevel = new Found(logbackLevel(level.text()), level.origin());
            if (name.equalsIgnoreCase("root")) {
                tree.rootLevel(logbackLevel);
                return;
            }
            List<Found> members = values.list("logging.group." + name);
            List<String> group = !members.isEmpty() ? members.stream().map(Found::text).toList() : BUILT_IN_GROUPS.get(name);
            for (String logger : group == null ? List.of(name) : group) {
                tree.logger(logger, logbackLevel);
            }
        });
    }

    /** Spring Boot's FATAL is Logback's ERROR; the others are spelt alike. */
    static String logbackLevel(String level) {
        return level.strip().equalsIgnoreCase("fatal") ? "ERROR" : level;
    }

    private static void migrations(SpringValues values, ApplicationTree tree) {
        for (String key : ApplicationTree.MIGRATIONS_KEYS) {
            String canonical = ApplicationFiles.SECTION + "." + key.replace('_', '-');
            if (key.equals("hibernate")) {
                values.map(canonical).forEach(tree::ownHibernate);
                continue;
            }
            List<Found> found = key.equals("classpath") || key.equals("adopt") ? values.list(canonical)
                    : single(values.get(canonical));
            if (!found.isEmpty()) {
                tree.migrations(key, found, found.get(0).origin());
            }
        }
        values.unknownChildren(ApplicationFiles.SECTION, ApplicationTree.MIGRATIONS_KEYS).ifPresent(unknown -> {
            throw ConfigException.at(unknown.origin(), unknown.text(), "is not a ws-migrate setting; the "
                    + ApplicationFiles.SECTION + " section takes " + String.join(", ", ApplicationTree.MIGRATIONS_KEYS));
        });
    }

    private static List<Found> single(Found found) {
        return found == null ? List.of() : List.of(found);
    }
}
