package io.wsmigrate.pgclient;

import io.wsmigrate.config.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL that checks passwords: the shared test server trusts every local connection, so a
 * client that never got the password would pass there. Here every role but the superuser must
 * authenticate with SCRAM, so a successful psql or pg_dump proves the password reached it.
 */
public final class PasswordServer {
    /** Has the characters a libpq password file must escape. */
    public static final String PASSWORD = "Pa55:w\\ord-Zq81";
    public static final String ROLE = "shop_owner";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static PasswordServer instance;

    private final EmbeddedPostgres postgres;

    private PasswordServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static synchronized PasswordServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static PasswordServer start() {
        try {
            Path hba = Files.createTempFile("ws-migrate-test-", ".hba.conf");
            Files.writeString(hba, String.join("\n",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("hba_file", hba.toString())
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                    Files.deleteIfExists(hba);
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster goes with it
                }
            }));
            PasswordServer server = new PasswordServer(pg);
            server.admin("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the password-checking PostgreSQL for tests", e);
        }
    }

    /** A new database owned by {@link #ROLE}; the settings connect as that role, with its password. */
    public DatabaseSettings freshDatabase() {
        String name = "pw" + COUNTER.incrementAndGet();
        admin("CREATE DATABASE " + name + " OWNER " + ROLE);
        return DatabaseSettings.of(postgres.getJdbcUrl("postgres", name).replaceAll("\\?.*", ""), ROLE, PASSWORD);
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }
}
