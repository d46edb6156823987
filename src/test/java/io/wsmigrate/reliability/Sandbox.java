package io.wsmigrate.reliability;

import io.wsmigrate.cli.Main;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A throwaway project for one scenario: {@code config/app.yaml}, a scripts folder
 * {@code migrations/} with {@code versions/}, an environment map, and (on request) a fresh
 * database whose URL, user and password reach the settings through {@code ${DB_URL}},
 * {@code ${DB_USER}} and {@code ${DB_PASSWORD}}. Runs the command line in-process.
 */
final class Sandbox {
    static final String PACKAGE = "com.example.badinput";
    /** A port nothing listens on: a command that needs no database must never get that far. */
    static final String NO_DATABASE_URL = "jdbc:postgresql://127.0.0.1:1/none";
    static final String[] VALID_SETTINGS = {
        "database:",
        "  url: ${DB_URL}",
        "  user: ${DB_USER}",
        "  password: ${DB_PASSWORD}",
        "  connect_timeout: 2s",
        "migrations:",
        "  package: " + PACKAGE,
        "  location: migrations",
        "logging:",
        "  level: WARN"};

    private final Path root;
    private final Map<String, String> environment = new HashMap<>();
    private DatabaseSettings database;

    Sandbox(Path root) {
        this.root = root;
        environment.put("DB_URL", NO_DATABASE_URL);
        environment.put("DB_USER", "nobody");
        environment.put("DB_PASSWORD", "none");
        settings(VALID_SETTINGS);
        write("migrations/README", "scripts of " + PACKAGE + "\n");
        write("migrations/versions/.gitkeep", "");
    }

    Path root() {
        return root;
    }

    Path settingsFile() {
        return root.resolve("config/app.yaml");
    }

    Map<String, String> environment() {
        return environment;
    }

    /** A fresh, empty database for this sandbox, created on first use. */
    DatabaseSettings database() {
        if (database == null) {
            useDatabase(TestPostgres.get().freshDatabase());
        }
        return database;
    }

    /** Points {@code ${DB_URL}}, {@code ${DB_USER}} and {@code ${DB_PASSWORD}} at {@code settings}. */
    void useDatabase(DatabaseSettings settings) {
        database = settings;
        environment.put("DB_URL", settings.url());
        environment.put("DB_USER", settings.user() == null ? "" : settings.user());
        environment.put("DB_PASSWORD", settings.password() == null ? "" : settings.password());
    }

    boolean hasDatabase() {
        return database != null;
    }

    Sandbox settings(String... lines) {
        write("config/app.yaml", String.join("\n", lines) + "\n");
        return this;
    }

    Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String relative, byte[] bytes) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code migrations/versions/<id>_r.yaml}. {@code down} is null for a base, one id, or
     * ids joined by commas for a merge; {@code upgrade} and {@code downgrade} are YAML list items.
     */
    Path revision(String id, String down, String upgrade, String downgrade) {
        String downRevision = down == null ? "null" : down.contains(",") ? "[" + down + "]" : down;
        return write("migrations/versions/" + id + "_r.yaml", String.join("\n",
                "revision: " + id,
                "down_revision: " + downRevision,
                "message: revision " + id,
                "upgrade:",
                indent(upgrade),
                "downgrade:",
                indent(downgrade)) + "\n");
    }

    /** A revision that creates table {@code table} with an id column, and drops it again. */
    Path tableRevision(String id, String down, String table) {
        return revision(id, down,
                "- createTable: {tableName: " + table + ", columns: [{column: {name: id, type: int}}]}",
                "- dropTable: {tableName: " + table + "}");
    }

    private static String indent(String items) {
        return items.isBlank() ? "  []" : Arrays.stream(items.split("\n")).map(l -> "  " + l)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Runs {@code ws-migrate -c config/app.yaml ARGS} (no {@code -c} added when ARGS has one). */
    CliResult run(String... args) {
        List<String> full = new ArrayList<>();
        List<String> given = Arrays.asList(args);
        if (!given.contains("-c") && !given.contains("--config")) {
            full.add("-c");
            full.add(settingsFile().toString());
        }
        full.addAll(given);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(full.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                environment, false);
        return new CliResult(code, out.toString(), err.toString());
    }

    /** Runs a setup step that must succeed. */
    void runOk(String... args) {
        CliResult result = run(args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("setup step " + String.join(" ", args) + " failed: " + result);
        }
    }
}
