package io.wsmigrate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code database} section. {@code url} is a {@code jdbc:postgresql:} URL, {@code embedded}
 * (a PostgreSQL started from the classpath, its data kept under the project's
 * {@code .ws-migrate/pgdata}), {@code embedded:<major>} (the same, of that PostgreSQL major
 * version) or {@code embedded:<data dir>}. {@code embeddedVersion} ({@code database.embedded_version})
 * is the major of the embedded servers ws-migrate starts: the embedded database, and the scratch
 * database of {@code --against scripts} when the URL is a server's; null when not set. A null
 * {@code statementTimeout} means none (the settings loader reads {@code statement_timeout: 0} as
 * null). {@link #toString()} never shows the password.
 */
public record DatabaseSettings(String url, String user, String password, Map<String, String> properties,
                               Duration connectTimeout, Duration lockTimeout, Duration statementTimeout,
                               Integer embeddedVersion) {
    public static final String EMBEDDED = "embedded";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** The PostgreSQL majors ws-migrate supports, and can start embedded. */
    public static final int OLDEST_MAJOR = 14;
    public static final int NEWEST_MAJOR = 18;

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
    }

    public DatabaseSettings(String url, String user, String password, Map<String, String> properties,
                            Duration connectTimeout, Duration lockTimeout, Duration statementTimeout) {
        this(url, user, password, properties, connectTimeout, lockTimeout, statementTimeout, null);
    }

    public static DatabaseSettings of(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, Map.of(), null, null, null);
    }

    public boolean isEmbedded() {
        return url.equals(EMBEDDED) || url.startsWith(EMBEDDED + ":");
    }

    /** The text after {@code embedded:} when it is all digits: a major version, not a folder. */
    public static Optional<Integer> majorIn(String url) {
        String rest = url.startsWith(EMBEDDED + ":") ? url.substring(EMBEDDED.length() + 1) : "";
        if (rest.isEmpty() || rest.length() > 4 || !rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(rest));
    }

    /**
     * The PostgreSQL major the settings ask for: {@code embedded:<major>}, else
     * {@code database.embedded_version}; empty when neither says (the embedded database then
     * keeps the major of its data folder, or takes the bundled one).
     */
    public Optional<Integer> embeddedMajor() {
        return majorIn(url).or(() -> Optional.ofNullable(embeddedVersion));
    }

    /** The data directory of an embedded database, resolved against {@code projectDir}. */
    public Path embeddedDataDir(Path projectDir) {
        if (url.equals(EMBEDDED) || majorIn(url).isPresent()) {
            return projectDir.resolve(".ws-migrate").resolve("pgdata");
        }
        return projectDir.resolve(url.substring(EMBEDDED.length() + 1));
    }

    public DatabaseSettings withUrl(String newUrl) {
        return new DatabaseSettings(newUrl, user, password, properties, connectTimeout, lockTimeout, statementTimeout,
                embeddedVersion);
    }

    public DatabaseSettings withEmbeddedVersion(Integer major) {
        return new DatabaseSettings(url, user, password, properties, connectTimeout, lockTimeout, statementTimeout,
                major);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + Secrets.of(this, Map.of()).mask(url) + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                + ", connectTimeout=" + connectTimeout + ", lockTimeout=" + lockTimeout
                + ", statementTimeout=" + statementTimeout + ", embeddedVersion=" + embeddedVersion + "]";
    }
}
