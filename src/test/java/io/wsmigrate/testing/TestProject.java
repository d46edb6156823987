package io.wsmigrate.testing;

import io.wsmigrate.command.Project;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.script.NewRevisionFile;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.script.ScriptLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * A throwaway project for end-to-end tests: a folder with a settings file pointing at a database
 * on the test PostgreSQL, a scripts folder ({@code migrations/}), and helpers to write revisions,
 * run the command line and query the database. Describe one with {@link #in(Path)}; revisions are
 * written with a fixed create date, so generated files and {@code --sql} output are the same on
 * every run.
 */
public final class TestProject {
    public static final Instant DATE = Instant.parse("2026-11-27T08:00:00Z");
    public static final String SETTINGS_FILE = "ws-migrate.yaml";
    /** A port nothing listens on: where {@code ${DB_URL}} points until a test asks for its database. */
    public static final String NO_DATABASE_URL = "jdbc:postgresql://127.0.0.1:1/none";

    private static final Queue<DatabaseSettings> CREATED = new ConcurrentLinkedQueue<>();

    private final Path dir;
    private final TestProjectBuilder spec;
    private final Map<String, String> environment;
    private final List<String> chain = new ArrayList<>();
    private DatabaseSettings database;

    TestProject(Path dir, TestProjectBuilder spec) {
        this.dir = dir;
        this.spec = spec;
        this.environment = new LinkedHashMap<>(spec.environment);
        this.database = spec.database;
        if (spec.databaseFromEnvironment) {
            environment.putIfAbsent("DB_URL", NO_DATABASE_URL);
            environment.putIfAbsent("DB_USER", "nobody");
            environment.putIfAbsent("DB_PASSWORD", "none");
            if (database != null) {
                useDatabase(database);
            }
        }
    }

    /** Describes a project in {@code dir}; {@link TestProjectBuilder#create()} writes it. */
    public static TestProjectBuilder in(Path dir) {
        return new TestProjectBuilder(dir);
    }

    /** The folder the test classes (and so the test entity packages) are compiled into. */
    public static Path testClasses() {
        try {
            return Path.of(TestProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compiled sample shop ({@code com.example.shop}), the project the README and the guide use. */
    public static Path sampleClasses() {
        return Path.of("target/sample-classes").toAbsolutePath();
    }

    /** A project of {@code com.example.shop} on a new, empty database; its scripts folder is initialised. */
    public static TestProject create(Path dir) {
        return in(dir).create();
    }

    /** A project of {@code packageName} on {@code database}; writes the settings file, not the scripts folder. */
    public static TestProject create(Path dir, DatabaseSettings database, String packageName) {
        return in(dir).on(database).entities(packageName).withoutScriptsFolder().create();
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

    void writeSettings() {
        StringBuilder migrations = new StringBuilder("migrations:\n  package: " + spec.packageName + "\n");
        if (!spec.classpath.isEmpty()) {
            migrations.append("  classpath: [").append(String.join(", ",
                    spec.classpath.stream().map(Path::toString).toList())).append("]\n");
        }
        migrations.append("  location: migrations\n");
        if (spec.versionTable != null) {
            migrations.append("  version_table: ").append(spec.versionTable).append('\n');
        }
        spec.migrationsOptions.forEach(option -> migrations.append(option.indent(2)));
        if (spec.loggingLevel != null) {
            migrations.append("logging:\n  level: ").append(spec.loggingLevel).append('\n');
        }
        spec.sections.forEach(migrations::append);
        String databaseSection = spec.databaseFromEnvironment
                ? "database:\n  url: ${DB_URL}\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\n"
                : SettingsYaml.database(database, "");
        StringBuilder options = new StringBuilder();
        spec.databaseOptions.forEach(option -> options.append(option.indent(2)));
        write(settingsFile(), databaseSection + options + migrations);
    }

    /** Rewrites the settings file: the database section, then {@code migrationsSection} as given. */
    public TestProject writeSettings(String migrationsSection) {
        return writeSettings("", migrationsSection);
    }

    /** Rewrites the settings file, adding {@code databaseOptions} (indented YAML lines) to the database section. */
    public TestProject writeSettings(String databaseOptions, String migrationsSection) {
        write(settingsFile(), SettingsYaml.database(database(), databaseOptions) + migrationsSection);
        return this;
    }

    /** Replaces the settings file with these lines, as a user would have written them. */
    public TestProject settingsLines(String... lines) {
        write(settingsFile(), String.join("\n", lines) + "\n");
        return this;
    }

    /** Writes a settings file {@code relative} to the project folder that points at {@code other}. */
    public Path otherSettingsFile(String relative, DatabaseSettings other) {
        Path file = resolve(relative);
        write(file, SettingsYaml.database(other, "") + "migrations:\n  package: " + spec.packageName + "\n");
        return file;
    }

    public TestProject initScripts() {
        ScriptDirectory.init(scriptsFolder());
        return this;
    }

    public Path dir() {
        return dir;
    }

    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    /**
     * The project's database. A project whose settings read it from the environment gets a fresh
     * one on first use, and {@code ${DB_URL}} points at it from then on.
     */
    public DatabaseSettings database() {
        if (database == null) {
            useDatabase(freshDatabase());
        }
        return database;
    }

    /** Points {@code ${DB_URL}}, {@code ${DB_USER}} and {@code ${DB_PASSWORD}} at {@code settings}. */
    public void useDatabase(DatabaseSettings settings) {
        database = settings;
        environment.put("DB_URL", settings.url());
        environment.put("DB_USER", settings.user() == null ? "" : settings.user());
        environment.put("DB_PASSWORD", settings.password() == null ? "" : settings.password());
    }

    public boolean hasDatabase() {
        return database != null;
    }

    /** The environment the project's commands see; tests may change it. */
    public Map<String, String> environment() {
        return environment;
    }

    public TestProject with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    public String packageName() {
        return spec.packageName;
    }

    public Path settingsFile() {
        return dir.resolve(spec.settingsFile);
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
        MigrationsSettings migrations = new MigrationsSettings(spec.packageName, List.copyOf(spec.classpath),
                scriptsFolder().toString(), spec.versionTable);
        return new Settings(settingsFile(), dir, database(), migrations, null);
    }

    /** A fresh {@link Project} on these settings with a fixed clock; close it after use. */
    public Project open() {
        return new Project(settings(), Map.copyOf(environment), Clock.fixed(DATE, ZoneOffset.UTC));
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

    /**
     * Writes {@code versions/<id>_r.yaml} by hand. {@code down} is null for a base, one id, or ids
     * joined by commas for a merge; {@code upgrade} and {@code downgrade} are YAML list items.
     */
    public Path revision(String id, String down, String upgrade, String downgrade) {
        return write("migrations/versions/" + id + "_r.yaml", RevisionYaml.of(id, down, upgrade, downgrade));
    }

    /** A revision that creates table {@code table} with an id column, and drops it again. */
    public Path tableRevision(String id, String down, String table) {
        return revision(id, down, "- createTable: {tableName: " + table + ", columns: [{column: {name: id, type: int}}]}",
                "- dropTable: {tableName: " + table + "}");
    }

    /** Adds a transactional revision on top of the last one {@link #nextRevision} added. */
    public String nextRevision(String id, String upgrade, String downgrade) {
        return nextRevision(id, true, upgrade, downgrade);
    }

    /** Adds a revision on top of the last one; {@code upgrade} and {@code downgrade} are YAML list items. */
    public String nextRevision(String id, boolean transactional, String upgrade, String downgrade) {
        String parent = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        write("migrations/versions/" + id + "_revision.yaml",
                RevisionYaml.chained(id, parent, transactional, upgrade, downgrade));
        chain.add(id);
        return id;
    }

    /** The ids {@link #nextRevision} added, in order. */
    public List<String> ids() {
        return List.copyOf(chain);
    }

    /** The {@code sql} change item running {@code sql}, as a YAML list item. */
    public static String sql(String sql) {
        return RevisionYaml.sql(sql);
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

    /** The revision file written with {@code message} (file names sort by random id, not by age). */
    public Path revisionFileWithMessage(String message) {
        for (String file : revisionFiles()) {
            Path path = versions().resolve(file);
            if (read(path.toString()).contains("\nmessage: " + message + "\n")) {
                return path;
            }
        }
        throw new AssertionError("no revision " + message + " in " + revisionFiles());
    }

    /** Writes a file of the project. */
    public Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] bytes) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> sqlEntries(String sql) {
        return sql == null ? List.of() : List.of(Map.of("sql", sql));
    }

    /** Runs {@code ws-migrate -c <settings> args...} in this JVM, as a non-interactive terminal. */
    public CliRun cli(String... args) {
        return run(args);
    }

    /**
     * Runs {@code ws-migrate -c <settings> args...} in this JVM with the project's environment, as a
     * non-interactive terminal; no {@code -c} is added when {@code args} has one of its own (not one
     * after {@code --}, which goes to psql or pg_dump).
     */
    public CliRun run(String... args) {
        List<String> all = new ArrayList<>();
        List<String> given = List.of(args);
        int end = given.indexOf("--");
        List<String> own = end < 0 ? given : given.subList(0, end);
        if (!own.contains("-c") && !own.contains("--config")) {
            all.addAll(List.of("-c", settingsFile().toString()));
        }
        all.addAll(given);
        return CliRun.in(environment, all.toArray(String[]::new));
    }

    /** Runs a setup step that must succeed. */
    public void runOk(String... args) {
        CliRun result = run(args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("setup step " + String.join(" ", args) + " failed: " + result);
        }
    }

    /**
     * Runs ws-migrate as its own process in the project folder, with only the project's environment,
     * reading {@code stdin} (null: nothing): stdout is shared with psql and pg_dump, as for a user.
     */
    public CliRun fork(Path stdin, String... args) {
        return CliRun.process(dir, environment, stdin, args);
    }

    public Connection connect() {
        return ProjectQueries.connect(database());
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> query(String sql) {
        return ProjectQueries.firstColumn(database(), sql);
    }

    public void execute(String sql) {
        TestPostgres.execute(database(), sql);
    }

    /**
     * ws-migrate's sessions on this project's database once the server has noticed the closed ones
     * (it ends a session a moment after its client closed it): waits up to 10 s for none to be left.
     */
    public List<String> toolSessionsAfterClosing() {
        return ProjectQueries.toolSessionsAfterClosing(database());
    }

    /** The tables of the public schema, sorted. */
    public List<String> tables() {
        return query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    }

    /** The revision ids in the version table, sorted; empty when the table does not exist. */
    public List<String> appliedRevisions() {
        return ProjectQueries.versionRows(database(), versionTable(), "");
    }

    /** The head rows of the version table, sorted. */
    public List<String> currentHeads() {
        return ProjectQueries.versionRows(database(), versionTable(), " WHERE is_head");
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one run of the command line. */
    public record CliRun(int exitCode, String out, String err, long millis) {
        /** {@code ws-migrate args...} in this JVM with an empty environment. */
        public static CliRun of(String... args) {
            return in(Map.of(), args);
        }

        /** {@code ws-migrate args...} in this JVM with {@code environment}. */
        public static CliRun in(Map<String, String> environment, String... args) {
            return CliRuns.inProcess(environment, args);
        }

        static CliRun process(Path dir, Map<String, String> environment, Path stdin, String... args) {
            return CliRuns.asProcess(dir, environment, stdin, args);
        }

        /** The first line the run printed on stderr that starts with {@code ERROR:}. */
        public String errorLine() {
            return err.lines().filter(line -> line.startsWith("ERROR:")).findFirst().orElse("");
        }

        /** The non-blank lines of stderr. */
        public List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
