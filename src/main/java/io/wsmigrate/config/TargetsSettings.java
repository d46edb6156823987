package io.wsmigrate.config;

import java.util.List;
import java.util.Objects;

/**
 * The {@code targets} section: the fleet the {@code --all-targets} and {@code --target} options of
 * the migration commands act on. {@code schemas} names tenant schemas of the configured database
 * (or {@code schemasQuery} returns their names); {@code databases} names tenant databases (or
 * {@code databasesQuery}, run on the configured database, returns database names or JDBC URLs,
 * reached with {@code queryCredentials}). {@code sharedSchemas} follow the tenant's schema in each
 * schema target's {@code search_path}; {@code jobs} is how many targets run at once (null: the default);
 * {@code reference} names the target {@code revision --autogenerate} compares with (null: the first).
 */
public record TargetsSettings(List<String> schemas, String schemasQuery, List<DatabaseTarget> databases,
                              String databasesQuery, Credentials queryCredentials, List<String> sharedSchemas,
                              Integer jobs, String reference) {
    public static final TargetsSettings NONE =
            new TargetsSettings(List.of(), null, List.of(), null, Credentials.NONE, List.of(), null, null);

    public TargetsSettings(List<String> schemas, String schemasQuery, List<DatabaseTarget> databases,
                           String databasesQuery, Credentials queryCredentials, List<String> sharedSchemas,
                           Integer jobs) {
        this(schemas, schemasQuery, databases, databasesQuery, queryCredentials, sharedSchemas, jobs, null);
    }

    public TargetsSettings {
        schemas = List.copyOf(schemas == null ? List.of() : schemas);
        databases = List.copyOf(databases == null ? List.of() : databases);
        sharedSchemas = List.copyOf(sharedSchemas == null ? List.of() : sharedSchemas);
        queryCredentials = queryCredentials == null ? Credentials.NONE : queryCredentials;
    }

    /** Whether the settings name no fleet at all. */
    public boolean isEmpty() {
        return schemas.isEmpty() && schemasQuery == null && databases.isEmpty() && databasesQuery == null;
    }

    /** The targets' own passwords, masked in every message like the database's. */
    public List<String> passwords() {
        List<String> passwords = new java.util.ArrayList<>();
        if (queryCredentials.password() != null) {
            passwords.add(queryCredentials.password());
        }
        databases.stream().map(d -> d.credentials().password()).filter(Objects::nonNull).forEach(passwords::add);
        return passwords;
    }

    /** The database a JDBC URL names (percent-escapes decoded), empty when it names none. */
    public static String databaseOf(String url) {
        int query = url.indexOf('?');
        String head = query < 0 ? url : url.substring(0, query);
        int hostStart = head.indexOf("//");
        int slash = head.indexOf('/', hostStart < 0 ? "jdbc:postgresql:".length() : hostStart + 2);
        return slash < 0 ? "" : java.net.URLDecoder.decode(head.substring(slash + 1),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A user and password that replace the {@code database} section's for a target; null keeps its own. */
    public record Credentials(String user, String password) {
        public static final Credentials NONE = new Credentials(null, null);

        /** {@code database} with these credentials where they are given. */
        public DatabaseSettings applyTo(DatabaseSettings database, String url) {
            return new DatabaseSettings(url, user != null ? user : database.user(),
                    password != null ? password : database.password(), database.properties(),
                    database.connectTimeout(), database.lockTimeout(), database.statementTimeout());
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
        }
    }

    /**
     * A tenant database: {@code name} in reports and {@code --target}, and either {@code url} (a JDBC
     * URL) or {@code database} (a database name on the configured server).
     */
    public record DatabaseTarget(String name, String url, String database, Credentials credentials) {
        public DatabaseTarget {
            Objects.requireNonNull(name, "name");
            credentials = credentials == null ? Credentials.NONE : credentials;
        }
    }
}
