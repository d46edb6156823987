package io.wsmigrate.config;

import io.wsmigrate.config.ApplicationTree.Found;
import io.wsmigrate.config.ConfigNode.MapValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Quarkus application's settings as ws-migrate's: {@code quarkus.datasource.jdbc.url} (else the
 * reactive URL, else in dev and test an embedded PostgreSQL where Dev Services would start one),
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
    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    /** The prefix Quarkus once required of a reactive URL, still accepted. */
    private static final String VERTX_PREFIX = "vertx-reactive:";
    /** The names Quarkus accepts for PostgreSQL's db-kind. */
    private static final List<String> POSTGRES_KINDS = List.of("postgresql", "postgres", "pgsql", "pg");
    /** The launch modes in which Quarkus starts Dev Services, as ws-migrate's profiles. */
    private static final List<String> DEV_SERVICES_PROFILES = List.of("dev", "test");
    /** A comma that separates two URLs of a list, not one SmallRye Config's {@code \,} escapes. */
    private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");
    /** Images whose tag starts with the PostgreSQL major; any other names it as {@code pgNN}, or not at all. */
    private static final List<String> POSTGRES_REPOSITORIES = List.of("postgres", "postgresql", "postgis");
    private static final Pattern PG_MAJOR_IN_TAG = Pattern.compile("(?:^|[^a-z0-9])pg([0-9]{1,4})(?![0-9])");
    private static final Pattern LEADING_MAJOR = Pattern.compile("^([0-9]{1,4})(?![0-9])");
    /** JBoss log levels that Logback spells otherwise. */
    private static final Map<String, String> LEVELS = Map.of("FATAL", "ERROR", "SEVERE", "ERROR", "WARNING", "WARN",
            "CONFIG", "INFO", "FINE", "DEBUG", "FINER", "DEBUG", "FINEST", "TRACE");

    private QuarkusSettings() {
    }

    static MapValue translate(SettingsSource file, List<FlatDocument> documents, ClassLoader classLoader,
                              Map<String, String> environment, String profileOption, Consumer<String> notes,
                              Consumer<ConfigException> databaseProblems) {
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
        ApplicationTree tree = new ApplicationTree(file, databaseProblems);
        tree.database("url", () -> url(values, profiles, notes));
        tree.database("user", () -> values.get("quarkus.datasource.username"));
        tree.database("password", () -> values.get("quarkus.datasource.password"));
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

    /**
     * The JDBC URL; else the reactive one ({@code postgresql://...}, which the binder reads as a
     * URI); else, in the dev and test profiles, an embedded PostgreSQL where Quarkus's Dev Services
     * would start a container; else none, which {@link ApplicationFiles#requireComplete} reports.
     */
    private static Found url(QuarkusValues values, List<String> profiles, Consumer<String> notes) {
        Found jdbc = values.get("quarkus.datasource.jdbc.url");
        if (jdbc != null) {
            return jdbc;
        }
        Found reactive = values.get(REACTIVE_URL);
        if (reactive != null) {
            String text = reactive.text().strip();
            if (UNESCAPED_COMMA.matcher(text).find()) {
                throw ConfigException.at(reactive.origin(), REACTIVE_URL, "lists several servers, which ws-migrate"
                        + " does not choose between; set quarkus.datasource.jdbc.url to the one to migrate");
            }
            text = text.replace("\\,", ",");
            return new Found(text.startsWith(VERTX_PREFIX) ? text.substring(VERTX_PREFIX.length()) : text,
                    reactive.origin());
        }
        return devServices(values, profiles, notes);
    }

    /** An embedded PostgreSQL where Quarkus's Dev Services would start one, of the image's major when it names one. */
    private static Found devServices(QuarkusValues values, List<String> profiles, Consumer<String> notes) {
        Found kind = values.get("quarkus.datasource.db-kind");
        boolean postgres = kind == null || POSTGRES_KINDS.contains(kind.text().strip().toLowerCase(Locale.ROOT));
        if (!postgres || profiles.stream().noneMatch(DEV_SERVICES_PROFILES::contains)
                || isFalse(values.get("quarkus.devservices.enabled"))
                || isFalse(values.get("quarkus.datasource.devservices.enabled"))) {
            return null;
        }
        Found image = values.get("quarkus.datasource.devservices.image-name");
        Integer major = image == null ? null : majorOfImage(image);
        String url = major == null ? DatabaseSettings.EMBEDDED : DatabaseSettings.EMBEDDED + ":" + major;
        notes.accept(values.file().displayName() + ": no quarkus.datasource.jdbc.url in profile "
                + String.join(",", profiles) + "; where Quarkus's Dev Services start a PostgreSQL container,"
                + " ws-migrate uses " + url + ", a PostgreSQL it starts itself (data in .ws-migrate/pgdata)");
        Origin origin = image != null ? image.origin() : kind != null ? kind.origin() : Origin.of(values.file());
        return new Found(url, origin.named("quarkus.datasource.jdbc.url"));
    }

    /**
     * The PostgreSQL major of a container image's tag ({@code postgres:17}, {@code
     * docker.io/library/postgres:16.4-alpine}); null when the tag names none ({@code latest}, a
     * digest, no tag), and an error when it names one ws-migrate cannot start.
     */
    private static Integer majorOfImage(Found image) {
        String name = image.text().strip();
        int at = name.indexOf('@');
        name = at < 0 ? name : name.substring(0, at);
        int colon = name.lastIndexOf(':');
        if (colon < 0 || colon < name.lastIndexOf('/')) {
            return null;
        }
        String tag = name.substring(colon + 1);
        String repository = name.substring(name.lastIndexOf('/') + 1, colon);
        // timescale/timescaledb:2.14.2-pg16, pgvector/pgvector:pg16; postgres:16.4-alpine, postgis/postgis:16-3.4
        Matcher marked = PG_MAJOR_IN_TAG.matcher(tag);
        Matcher leading = LEADING_MAJOR.matcher(tag);
        String digits = marked.find() ? marked.group(1)
                : POSTGRES_REPOSITORIES.contains(repository) && leading.find() ? leading.group(1) : null;
        if (digits == null) {
            return null;
        }
        int major = Integer.parseInt(digits);
        if (major < DatabaseSettings.OLDEST_MAJOR || major > DatabaseSettings.NEWEST_MAJOR) {
            throw ConfigException.at(image.origin(), "quarkus.datasource.devservices.image-name", "is PostgreSQL "
                    + major + ", and ws-migrate starts PostgreSQL " + DatabaseSettings.OLDEST_MAJOR + " to "
                    + DatabaseSettings.NEWEST_MAJOR + " in place of Dev Services; set quarkus.datasource.jdbc.url"
                    + " for this profile to a server of yours, or name one of those majors");
        }
        return major;
    }

    private static boolean isFalse(Found setting) {
        return setting != null && setting.text().strip().equalsIgnoreCase("false");
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
