package io.wsmigrate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code database} section. {@code url} is a {@code jdbc:postgresql:} URL, {@code embedded}
 * (a PostgreSQL started from the classpath, its data kept under the project's
 * {@code .ws-migrate/pgdata}) or {@code embedded:<data dir>}. A null {@code statementTimeout}
 * means none (the settings loader reads {@code statement_timeout: 0} as null). {@link #toString()}
 * never shows the password.
 */
public record DatabaseSettings(String url, String user, String password, Map<String, String> properties,
                               Duration connectTimeout, Duration lockTimeout, Duration statementTimeout) {
    public static final String EMBEDDED = "embedded";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
    }

    public static DatabaseSettings of(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, Map.of(), null, null, null);
    }

    public boolean isEmbedded() {
        return url.equals(EMBEDDED) || url.startsWith(EMBEDDED + ":");
    }

    /** The data directory of an embedded database, resolved against {@code projectDir}. */
    public Path embeddedDataDir(Path projectDir) {
        if (url.equals(EMBEDDED)) {
            return projectDir.resolve(".ws-migrate").resolve("pgdata");
        }
        return projectDir.resolve(url.substring(EMBEDDED.length() + 1));
    }

    public DatabaseSettings withUrl(String newUrl) {
        return new DatabaseSettings(newUrl, user, password, properties, connectTimeout, lockTimeout, statementTimeout);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + Secrets.of(this, Map.of()).mask(url) + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                + ", connectTimeout=" + connectTimeout + ", lockTimeout=" + lockTimeout
                + ", statementTimeout=" + statementTimeout + "]";
    }
}
