package io.wsmigrate.config;

import io.wsmigrate.config.Section.Item;
import io.wsmigrate.config.TargetsSettings.Credentials;
import io.wsmigrate.config.TargetsSettings.DatabaseTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and validates the {@code targets} section: every error names the file, line and key. */
final class TargetsBinder {
    private static final List<String> KEYS = List.of("schemas", "databases", "shared_schemas", "jobs", "reference");
    private static final List<String> QUERY_KEYS = List.of("query", "user", "password");
    private static final List<String> DATABASE_KEYS = List.of("name", "url", "database", "user", "password");
    /** More workers than this only queue on the server's connection slots. */
    static final int MAX_JOBS = 256;

    private TargetsBinder() {
    }

    static TargetsSettings bind(Section section) {
        section.requireOnly(KEYS);
        List<String> schemas = List.of();
        String schemasQuery = null;
        if (section.node("schemas") instanceof ConfigNode.MapValue) {
            Section query = querySection(section.section("schemas"), false);
            schemasQuery = query.requiredText("query", "query: SELECT nspname FROM pg_namespace WHERE nspname"
                    + " LIKE 'tenant%' under targets.schemas:");
        } else {
            schemas = schemaNames(section);
        }
        List<DatabaseTarget> databases = List.of();
        String databasesQuery = null;
        Credentials queryCredentials = Credentials.NONE;
        if (section.node("databases") instanceof ConfigNode.MapValue) {
            Section query = querySection(section.section("databases"), true);
            databasesQuery = query.requiredText("query", "query: SELECT datname FROM pg_database WHERE datname"
                    + " LIKE 'tenant%' under targets.databases:");
            queryCredentials = new Credentials(query.text("user"), query.text("password"));
        } else {
            databases = databases(section);
        }
        requireUniqueNames(section, schemas, databases);
        return new TargetsSettings(schemas, schemasQuery, databases, databasesQuery, queryCredentials,
                section.textList("shared_schemas"), section.positiveInt("jobs", MAX_JOBS), section.text("reference"));
    }

    private static Section querySection(Section query, boolean credentials) {
        query.requireOnly(credentials ? QUERY_KEYS : List.of("query"));
        return query;
    }

    private static List<String> schemaNames(Section section) {
        List<String> names = new ArrayList<>();
        for (Item item : section.items("schemas")) {
            if (item.text() == null || item.text().isBlank()) {
                throw ConfigException.at(item.origin(), item.keyPath(), "must be a schema name, not "
                        + (item.text() == null ? "a map" : "empty text"));
            }
            names.add(item.text().strip());
        }
        return names;
    }

    private static List<DatabaseTarget> databases(Section section) {
        List<DatabaseTarget> targets = new ArrayList<>();
        for (Item item : section.items("databases")) {
            targets.add(item.text() != null ? fromText(item) : fromMap(item));
        }
        return targets;
    }

    /** {@code jdbc:postgresql://host/db} or a database name on the configured server. */
    private static DatabaseTarget fromText(Item item) {
        String text = item.text().strip();
        if (text.isEmpty()) {
            throw ConfigException.at(item.origin(), item.keyPath(), "is empty; write a database name or a"
                    + " jdbc:postgresql:// URL");
        }
        if (text.startsWith("jdbc:")) {
            return new DatabaseTarget(databaseNameOf(text, item), requireUrl(text, item), null, Credentials.NONE);
        }
        return new DatabaseTarget(text, null, text, Credentials.NONE);
    }

    private static DatabaseTarget fromMap(Item item) {
        Section map = item.section();
        map.requireOnly(DATABASE_KEYS);
        String url = map.text("url");
        String database = map.text("database");
        if ((url == null) == (database == null)) {
            throw ConfigException.at(item.origin(), item.keyPath(), "needs exactly one of url (a jdbc:postgresql://"
                    + " URL) and database (a database name on the configured server)");
        }
        if (url != null) {
            requireUrl(url, item);
        }
        String name = map.text("name");
        name = name != null ? name : url != null ? databaseNameOf(url, item) : database;
        return new DatabaseTarget(name, url, database, new Credentials(map.text("user"), map.text("password")));
    }

    private static String requireUrl(String url, Item item) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw ConfigException.at(item.origin(), item.keyPath(), "must be a jdbc:postgresql:// URL");
        }
        return url;
    }

    /** The database part of a JDBC URL: what names the target when the settings give no name. */
    static String databaseNameOf(String url, Item item) {
        String name = TargetsSettings.databaseOf(url);
        if (name.isEmpty()) {
            throw ConfigException.at(item.origin(), item.keyPath(), "names no database after the host; write"
                    + " jdbc:postgresql://host:5432/tenant_db");
        }
        return name;
    }

    private static void requireUniqueNames(Section section, List<String> schemas, List<DatabaseTarget> databases) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>(schemas);
        databases.forEach(d -> names.add(d.name()));
        for (String name : names) {
            if (!seen.add(name)) {
                String key = databases.stream().anyMatch(d -> d.name().equals(name)) ? "databases" : "schemas";
                throw ConfigException.at(section.origin(key), section.keyPath(key), "names the target " + name
                        + " twice; give each target its own name");
            }
        }
    }
}
