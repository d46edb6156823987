package io.wsmigrate.testing;

import io.wsmigrate.cli.Main;
import io.wsmigrate.command.Project;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.script.NewRevisionFile;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.script.ScriptLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * A project for end-to-end tests: a folder with a settings file ({@code ws-migrate.yaml}) pointing
 * at a database on the test PostgreSQL, a scripts folder ({@code migrations/}), and helpers to
 * write revisions, run the CLI in-process and query the database. Revisions are written with a
 * fixed create date, so generated files and {@code --sql} output are the same on every run.
 */
public final class TestProject {
    public static final Instant DATE = Instant.parse("2026-11-27T08:00:00Z");
    public static final String SETTINGS_FILE = "ws-migrate.yaml";

    private static final Queue<DatabaseSettings> CREATED = new ConcurrentLinkedQueue<>();

    private final Path dir;
    private final DatabaseSettings database;
    private final String packageName;

    private TestProject(Path dir, DatabaseSettings database, String packageName) {
        this.dir = dir;
        this.database = database;
        this.packageName = packageName;
    }

    /** A project of {@code com.example.shop} on a new, empty database; its scripts folder is initialised. */
    public static TestProject create(Path dir) {
        return create(dir, freshDatabase(), "com.example.shop").initScripts();
    }

    /**
     * A new, empty database on the test server, dropped after the test by {@link DropsDatabases}:
     * otherwise hundreds of them pile up and deleting them makes the test JVM's exit slow.
     */
    public static DatabaseSettings freshDatabase() {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        CREATED.add(database);
        return database;
    }

    static void dropCreatedDatabases() {
        for (DatabaseSettings database = CREATED.poll(); database != null; database = CREATED.poll()) {
            String url = database.url();
            int query = url.indexOf('?');
            String name = url.substring(url.lastIndexOf('/') + 1, query < 0 ? url.length() : query);
            try (Connection c = DriverManager.getConnection(TestPostgres.get().urlFor("postgres"), database.user(),
                    database.password()); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test database " + name, e);
            }
        }
    }

    /** A project of {@code packageName} on {@code database}; writes the settings file, not the scripts folder. */
    public static TestProject create(Path dir, DatabaseSettings database, String packageName) {
        TestProject project = new TestProject(dir, database, packageName);
        project.writeSettings("migrations:\n  package: " + packageName + "\n  location: migrations\n");
        return project;
    }

    /** Rewrites the settings file: the database section, then {@code migrationsSection} as given. */
    public TestProject writeSettings(String migrationsSection) {
        return writeSettings("", migrationsSection);
    }

    /** Rewrites the settings file, adding {@code databaseOptions} (indented YAML lines) to the database section. */
    public TestProject writeSettings(String databaseOptions, String migrationsSection) {
        StringBuilder yaml = new StringBuilder("database:\n").append(databaseOptions);
        yaml.append("  url: '").append(database.url()).append("'\n");
        if (database.user() != null) {
            yaml.append("  user: '").append(database.user()).append("'\n");
        }
        if (database.password() != null) {
            yaml.append("  password: '").append(database.password()).append("'\n");
        }
        write(dir.resolve(SETTINGS_FILE), yaml + migrationsSection);
        return this;
    }

    public TestProject initScripts() {
        ScriptDirectory.init(scriptsFolder());
        return this;
    }

    public Path dir() {
        return dir;
    }

    public DatabaseSettings database() {
        return database;
    }

    public Path settingsFile() {
        return dir.resolve(SETTINGS_FILE);
    }

    public Path scriptsFolder() {
        return dir.resolve("migrations");
    }

    public Path versions() {
        return scriptsFolder().resolve("versions");
    }

    public String versionTable() {
        return settings().migrations().effectiveVersionTable();
    }

    /** The settings as the API takes them, built in code (the same values as the settings file). */
    public Settings settings() {
        MigrationsSettings migrations = new MigrationsSettings(packageName, List.of(), scriptsFolder().toString(),
                null);
        return new Settings(settingsFile(), dir, database, migrations, null);
    }

    /** A fresh {@link Project} on these settings with a fixed clock; close it after use. */
    public Project open() {
        return new Project(settings(), Map.of(), Clock.fixed(DATE, ZoneOffset.UTC));
    }

    /** Writes a revision whose upgrade and downgrade are one {@code sql} change each (null: none). */
    public Path sqlRevision(String id, String downRevision, String message, String upgradeSql, String downgradeSql) {
        return revision(id, downRevision == null ? List.of() : List.of(downRevision), message, true,
                sqlEntries(upgradeSql), sqlEntries(downgradeSql));
    }

    /** Writes a revision through {@link ScriptDirectory#write}, as {@code ws-migrate revision} does. */
    public Path revision(String id, List<String> downRevisions, String message, boolean transactional,
                         List<Map<String, Object>> upgrade, List<Map<String, Object>> downgrade) {
        return write(new NewRevisionFile(id, downRevisions, List.of(), List.of(), message, DATE, transactional,
                List.of(), upgrade, downgrade));
    }

    public Path write(NewRevisionFile file) {
        return ScriptDirectory.open(new ScriptLocation.Folder(scriptsFolder())).write(file);
    }

    /** Writes {@code yaml} as the revision file {@code versions/<fileName>}. */
    public Path revisionFile(String fileName, String yaml) {
        Path file = versions().resolve(fileName);
        write(file, yaml);
        return file;
    }

    /** The revision files in {@code versions/}, by name. */
    public List<String> revisionFiles() {
        try (Stream<Path> files = Files.list(versions())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> sqlEntries(String sql) {
        return sql == null ? List.of() : List.of(Map.of("sql", sql));
    }

    /** Runs {@code ws-migrate -c <settings> args...} in this JVM, as a non-interactive terminal. */
    public CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", settingsFile().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    public Connection connect() {
        try {
            return TestPostgres.connect(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the test database", e);
        }
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> query(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql, e);
        }
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test statement failed: " + sql, e);
        }
    }

    /** The tables of the public schema, sorted. */
    /**
     * ws-migrate's sessions on this project's database once the server has noticed the closed ones
     * (it ends a session a moment after its client closed it): waits up to 10 s for none to be left.
     */
    public List<String> toolSessionsAfterClosing() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> sessions;
        do {
            sessions = query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'ws-migrate'");
        } while (!sessions.isEmpty() && System.nanoTime() < deadline);
        return sessions;
    }

    public List<String> tables() {
        return query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    }

    /** The revision ids in the version table, sorted; empty when the table does not exist. */
    public List<String> appliedRevisions() {
        if (query("SELECT to_regclass('" + versionTable() + "')::text").get(0) == null) {
            return List.of();
        }
        return query("SELECT version_num FROM " + versionTable() + " ORDER BY version_num");
    }

    /** The head rows of the version table, sorted. */
    public List<String> currentHeads() {
        if (query("SELECT to_regclass('" + versionTable() + "')::text").get(0) == null) {
            return List.of();
        }
        return query("SELECT version_num FROM " + versionTable() + " WHERE is_head ORDER BY version_num");
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one in-process CLI run. */
    public record CliRun(int exitCode, String out, String err) {
        public static CliRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                code = Main.run(args, o, e, Map.of(), false);
            }
            return new CliRun(code, out.toString(), err.toString());
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
