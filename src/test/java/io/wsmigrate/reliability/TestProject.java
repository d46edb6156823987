package io.wsmigrate.reliability;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway project on disk for end-to-end runs: a settings file pointing at a fresh database,
 * a scripts folder, and revision files written from YAML snippets. Revisions form a chain in the
 * order they are added unless a parent is named.
 */
final class TestProject {
    static final String PACKAGE = "com.example.reliability";
    static final String VERSION_TABLE = "ws_migrate_com_example_reliability";

    private final Path dir;
    private final DatabaseSettings database;
    private final List<String> ids = new ArrayList<>();

    private TestProject(Path dir, DatabaseSettings database) {
        this.dir = dir;
        this.database = database;
    }

    /** A project in {@code dir} on a new, empty database; {@code databaseLines} go into its database section. */
    static TestProject create(Path dir, String databaseLines) {
        return create(dir, databaseLines, "package: " + PACKAGE + "\n");
    }

    /** A project whose migrations section is {@code migrationsLines} (plus the scripts folder). */
    static TestProject create(Path dir, String databaseLines, String migrationsLines) {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        TestProject project = new TestProject(dir, database);
        try {
            Files.createDirectories(dir.resolve("config"));
            Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(dir.resolve("migrations/README"), "Scripts of the reliability tests.\n");
            Files.writeString(project.settings(), "database:\n"
                    + "  url: " + database.url() + "\n"
                    + "  user: " + database.user() + "\n"
                    + "  password: " + database.password() + "\n"
                    + databaseLines.indent(2)
                    + "migrations:\n"
                    + migrationsLines.indent(2)
                    + "  location: migrations\n"
                    + "logging:\n"
                    + "  level: WARN\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    static TestProject create(Path dir) {
        return create(dir, "");
    }

    Path dir() {
        return dir;
    }

    Path settings() {
        return dir.resolve("config/settings.yaml");
    }

    DatabaseSettings database() {
        return database;
    }

    Connection connect() throws SQLException {
        return TestPostgres.connect(database);
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    /** Adds a transactional revision on top of the last one. */
    String revision(String id, String upgrade, String downgrade) {
        return revision(id, true, upgrade, downgrade);
    }

    /** Adds a revision on top of the last one; {@code upgrade} and {@code downgrade} are YAML list items. */
    String revision(String id, boolean transactional, String upgrade, String downgrade) {
        String parent = ids.isEmpty() ? "null" : ids.get(ids.size() - 1);
        String text = "revision: " + id + "\n"
                + "down_revision: " + parent + "\n"
                + "message: revision " + id + "\n"
                + "create_date: 2026-01-01T00:00:00Z\n"
                + "transactional: " + transactional + "\n"
                + "upgrade:\n" + indent(upgrade)
                + "downgrade:\n" + indent(downgrade);
        try {
            Files.writeString(dir.resolve("migrations/versions/" + id + "_revision.yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids.add(id);
        return id;
    }

    private static String indent(String items) {
        if (items.isBlank()) {
            return "  []\n";
        }
        StringBuilder out = new StringBuilder();
        items.lines().forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    /** The {@code sql} change item running {@code sql}, as a YAML list item. */
    static String sql(String sql) {
        return "- sql: \"" + sql.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }
}
