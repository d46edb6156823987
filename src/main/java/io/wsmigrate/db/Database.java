package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.LoggingConfigurer;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The configured database for one run: a JDBC server, or the embedded server this run started
 * (stopped again by {@link #close()}). Connections are opened on demand; nothing connects until
 * a command needs the database.
 */
public final class Database implements AutoCloseable {
    static final String APPLICATION_NAME = "ws-migrate";
    private static final String EMBEDDED_DATABASE = "postgres";
    private static final String EMBEDDED_USER = "postgres";

    private final DatabaseSettings settings;
    private final EmbeddedServer embedded;

    private Database(DatabaseSettings settings, EmbeddedServer embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    /** Starts the embedded server if the settings ask for one; connects to nothing yet. */
    public static Database open(DatabaseSettings settings, Path projectDir) {
        LoggingConfigurer.beforeDriver();
        if (!settings.isEmbedded()) {
            if (!settings.url().startsWith("jdbc:postgresql:")) {
                throw new DatabaseException(ExitCode.CONFIG, "database.url must start with jdbc:postgresql: or be "
                        + "'embedded' or 'embedded:<major>'; got " + Redaction.url(settings.url()), null);
            }
            if (org.postgresql.Driver.parseURL(settings.url(), new Properties()) == null) {
                throw new DatabaseException(ExitCode.CONFIG, "database.url " + Redaction.url(settings.url())
                        + " is not a URL the PostgreSQL driver can read; check the host, the port (1 to 65535) and"
                        + " any %-escapes, and fix it in the settings", null);
            }
            return new Database(settings, null);
        }
        Path dataDir = settings.embeddedDataDir(projectDir);
        EmbeddedServer server = EmbeddedServer.start(dataDir, EmbeddedVersion.of(settings, projectDir),
                settings.lockTimeout().plusSeconds(60));
        DatabaseSettings resolved = settings.withUrl(server.jdbcUrl(EMBEDDED_DATABASE));
        return new Database(new DatabaseSettings(resolved.url(), EMBEDDED_USER, null, settings.properties(),
                settings.connectTimeout(), settings.lockTimeout(), settings.statementTimeout()), server);
    }

    public Connection connect() {
        Properties props = new Properties();
        props.putAll(settings.properties());
        // ws-migrate needs PostgreSQL 14+: the driver then sends ApplicationName in the startup
        // packet instead of a SET after connecting, one round trip less per connection.
        props.putIfAbsent("assumeMinServerVersion", "14");
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        props.setProperty("ApplicationName", APPLICATION_NAME);
        long connectSeconds = Math.max(1, settings.connectTimeout().toSeconds());
        props.setProperty("connectTimeout", Long.toString(connectSeconds));
        props.setProperty("loginTimeout", Long.toString(connectSeconds));
        try {
            // the driver itself, not DriverManager: that would first look through every jar of the
            // classpath for JDBC drivers and load each one it finds
            Connection connection = new org.postgresql.Driver().connect(settings.url(), props);
            if (connection == null) {
                throw new SQLException("the PostgreSQL driver does not accept the URL");
            }
            Interruption.track(connection);
            if (embedded == null) {
                prepareCitus(connection);
            }
            return connection;
        } catch (SQLException e) {
            String message = Redaction.secret(DatabaseException.describe(e) + networkCause(e), settings.password());
            throw new DatabaseException("cannot connect to " + displayUrl() + ": " + message
                    + "; check database.url, user and password in the settings, and that the server is running", e);
        }
    }

    /** Stops on a Citus worker, hides shards on a coordinator ({@link CitusNode}); closes the connection when it stops. */
    private void prepareCitus(Connection connection) {
        try {
            CitusNode.prepare(connection, displayUrl());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw LostConnection.isLost(e) ? LostConnection.whileConnecting(e)
                    : DatabaseException.of("cannot read whether " + displayUrl() + " is a Citus node", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the error being thrown is the one to report
        }
    }

    /** The driver says only "The connection attempt failed."; the cause says why. */
    private static String networkCause(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return " (unknown host " + cause.getMessage() + ")";
            }
            if (cause instanceof SocketTimeoutException) {
                return " (no answer within database.connect_timeout)";
            }
        }
        return "";
    }

    /** The URL with any password removed, for messages. */
    public String displayUrl() {
        return embedded == null ? Redaction.url(settings.url()) : "embedded PostgreSQL on port " + embedded.port();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Duration lockTimeout() {
        return settings.lockTimeout();
    }

    /** Host, port and database name, as psql and pg_dump take them. */
    public Endpoint endpoint() {
        return Endpoint.parse(settings.url(), settings.user());
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    /** Where a JDBC URL points, for tools that take host/port/database separately. */
    public record Endpoint(String host, int port, String database, String user) {
        static Endpoint parse(String jdbcUrl, String user) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath();
            String database = path.startsWith("/") ? path.substring(1) : path;
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            return new Endpoint(host, port, database.isEmpty() ? user : database, user);
        }
    }
}
