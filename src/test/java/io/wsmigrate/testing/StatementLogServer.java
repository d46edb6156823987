package io.wsmigrate.testing;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL that logs every statement it runs, with the process id of its session
 * ({@code log_statement = all}): what a test asserts when the outcome to see is that a statement
 * ran on the server (a commit that makes earlier ones durable leaves no other trace). Its own
 * server, since the shared test server's log is not at hand.
 */
public final class StatementLogServer {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static StatementLogServer instance;

    private final EmbeddedPostgres postgres;
    private final Path logs;

    private StatementLogServer(EmbeddedPostgres postgres, Path logs) {
        this.postgres = postgres;
        this.logs = logs;
    }

    public static synchronized StatementLogServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static StatementLogServer start() {
        try {
            Path logs = Files.createTempDirectory("ws-migrate-statement-log-");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", logs.toString())
                    .setServerConfig("log_filename", "postgres.log")
                    .setServerConfig("log_line_prefix", "'%p %d '")
                    .setServerConfig("log_statement", "all")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster goes with it
                }
            }));
            return new StatementLogServer(pg, logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the statement-logging PostgreSQL for tests", e);
        }
    }

    /** A new, empty database on this server. */
    public DatabaseSettings freshDatabase() {
        String name = "logged" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        return DatabaseSettings.of(postgres.getJdbcUrl("postgres", name).replaceAll("\\?.*", ""), "postgres", "postgres");
    }

    /**
     * The log's entries of {@code database} (each a session's process id and what it logged, a
     * statement's further lines joined to it), once one holds {@code last}: the server writes its
     * log through a collector process, a moment after the statement.
     */
    public List<Entry> entries(DatabaseSettings database, String last) {
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<Entry> entries = read(name);
            if (entries.stream().anyMatch(e -> e.text().contains(last)) || System.nanoTime() > deadline) {
                return entries;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return entries;
            }
        }
    }

    private List<Entry> read(String database) {
        List<Entry> entries = new ArrayList<>();
        boolean[] ours = {false};
        try (Stream<String> lines = Files.lines(logs.resolve("postgres.log"))) {
            lines.forEach(line -> {
                String[] parts = line.split(" ", 3);
                if (parts.length == 3 && !parts[0].isEmpty() && parts[0].chars().allMatch(Character::isDigit)) {
                    ours[0] = parts[1].equals(database);
                    if (ours[0]) {
                        entries.add(new Entry(Integer.parseInt(parts[0]), parts[2]));
                    }
                } else if (ours[0] && !entries.isEmpty()) {
                    Entry previous = entries.remove(entries.size() - 1);
                    entries.add(new Entry(previous.pid(), previous.text() + "\n" + line));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** One log entry: the session's process id and its text ({@code LOG:  execute <unnamed>: ...}). */
    public record Entry(int pid, String text) {
    }
}
