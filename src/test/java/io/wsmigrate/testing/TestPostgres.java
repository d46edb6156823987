package io.wsmigrate.testing;

import io.wsmigrate.config.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real PostgreSQL that tests run against: the server named by {@code WS_MIGRATE_TEST_JDBC_URL}
 * (with {@code WS_MIGRATE_TEST_USER} / {@code WS_MIGRATE_TEST_PASSWORD}), else one embedded server
 * per test JVM. Each test asks for a {@link #freshDatabase()} so tests never see each other's tables.
 *
 * <p>The embedded server is of the default major (the binaries on the classpath), or of the major
 * the system property {@value #MAJOR_PROPERTY} names: the compatibility suite runs the tests tagged
 * {@value #COMPAT_TAG} once per supported major that way. {@link #of(int)} gives a server of one
 * major whatever the run's, for a test about that version.
 */
public final class TestPostgres {
    /** The JUnit tag of the tests the compatibility suite runs on every supported major. */
    public static final String COMPAT_TAG = "compat";
    /** The system property naming the major version of the run's embedded server. */
    public static final String MAJOR_PROPERTY = "ws-migrate.test.postgres-major";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<Integer, TestPostgres> BY_MAJOR = new ConcurrentHashMap<>();
    private static volatile TestPostgres instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private volatile int major;

    private TestPostgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static TestPostgres get() {
        if (instance == null) {
            synchronized (TestPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    /**
     * An embedded server of PostgreSQL {@code major}, started once per JVM: the run's own server
     * when it is of that major.
     */
    public static TestPostgres of(int major) {
        TestPostgres run = get();
        if (run.major() == major) {
            return run;
        }
        return BY_MAJOR.computeIfAbsent(major, m -> embedded(PostgresBinaries.of(m)));
    }

    /** The major version of this server, as {@code server_version_num} gives it (150013 is 15). */
    public int major() {
        if (major == 0) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
                row.next();
                major = row.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the test server's version: " + e.getMessage(), e);
            }
        }
        return major;
    }

    private static TestPostgres start() {
        String external = System.getenv("WS_MIGRATE_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return new TestPostgres(external, System.getenv("WS_MIGRATE_TEST_USER"),
                    System.getenv("WS_MIGRATE_TEST_PASSWORD"));
        }
        String major = System.getProperty(MAJOR_PROPERTY, "");
        return embedded(major.isBlank() ? null : PostgresBinaries.of(Integer.parseInt(major.trim())));
    }

    /** A new embedded server: of the classpath's binaries when {@code binaries} is null. */
    private static TestPostgres embedded(PostgresBinaries binaries) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200");
            if (binaries != null) {
                builder.setPgBinaryResolver(binaries);
            }
            EmbeddedPostgres pg = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster is removed with it
                }
            }));
            return new TestPostgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL for tests", e);
        }
    }

    /** Creates a new, empty database and returns settings that point at it. */
    public DatabaseSettings freshDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return DatabaseSettings.of(urlFor(name), user, password);
    }

    /** The admin URL with its database name replaced. */
    public String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    /** Runs one statement on {@code db}; a failure names the statement. */
    public static void execute(DatabaseSettings db, String sql) {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static Connection connect(DatabaseSettings db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
