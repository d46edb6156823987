package io.wsmigrate.testing;

import io.wsmigrate.config.DatabaseSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a throwaway project before it is written, one readable step at a time:
 * <pre>{@code
 * TestProject project = TestProject.in(dir)
 *         .entities("com.example.shop")
 *         .settingsFile("config/settings.yaml")
 *         .databaseOption("lock_timeout: 3s")
 *         .loggingLevel("WARN")
 *         .create();
 * }</pre>
 * Unless told otherwise the project is of {@code com.example.shop}, on a fresh database of the test
 * server, with its settings in {@code ws-migrate.yaml} and an initialised scripts folder
 * {@code migrations/}.
 */
public final class TestProjectBuilder {
    private final Path dir;
    String packageName = "com.example.shop";
    final List<Path> classpath = new ArrayList<>();
    String settingsFile = TestProject.SETTINGS_FILE;
    String versionTable;
    DatabaseSettings database;
    boolean databaseFromEnvironment;
    final List<String> databaseOptions = new ArrayList<>();
    final List<String> migrationsOptions = new ArrayList<>();
    String loggingLevel;
    final List<String> sections = new ArrayList<>();
    final Map<String, String> environment = new LinkedHashMap<>();
    boolean scriptsFolder = true;

    TestProjectBuilder(Path dir) {
        this.dir = dir;
    }

    /** The entity package the project migrates ({@code migrations.package}). */
    public TestProjectBuilder entities(String newPackageName) {
        packageName = newPackageName;
        return this;
    }

    /** Where the entity classes are ({@code migrations.classpath}), besides ws-migrate's own classpath. */
    public TestProjectBuilder entitiesFrom(Path... folders) {
        classpath.addAll(List.of(folders));
        return this;
    }

    /** The settings file, relative to the project folder (default {@value TestProject#SETTINGS_FILE}). */
    public TestProjectBuilder settingsFile(String relative) {
        settingsFile = relative;
        return this;
    }

    /** {@code migrations.version_table}; by default the one ws-migrate derives from the package. */
    public TestProjectBuilder versionTable(String table) {
        versionTable = table;
        return this;
    }

    /** The database to use instead of a fresh one. */
    public TestProjectBuilder on(DatabaseSettings existing) {
        database = existing;
        return this;
    }

    /**
     * The settings file reads the database from {@code ${DB_URL}}, {@code ${DB_USER}} and
     * {@code ${DB_PASSWORD}}, which point at a port nothing listens on until the test asks for
     * {@link TestProject#database()}: a command that needs no database must never get that far.
     */
    public TestProjectBuilder databaseFromEnvironment() {
        databaseFromEnvironment = true;
        return this;
    }

    /** One more key of the database section, as YAML ({@code lock_timeout: 3s}); may span lines. */
    public TestProjectBuilder databaseOption(String yaml) {
        databaseOptions.add(yaml);
        return this;
    }

    /** One more key of the migrations section, as YAML; may span lines. */
    public TestProjectBuilder migrationsOption(String yaml) {
        migrationsOptions.add(yaml);
        return this;
    }

    /** A {@code logging:} section with this level. */
    public TestProjectBuilder loggingLevel(String level) {
        loggingLevel = level;
        return this;
    }

    /** A further top-level section, as YAML ({@code "targets:\n  schemas: [a, b]\n"}). */
    public TestProjectBuilder section(String yaml) {
        sections.add(yaml);
        return this;
    }

    /** A variable of the environment the project's commands see (settings may read it as {@code ${NAME}}). */
    public TestProjectBuilder environment(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** PATH, HOME and LANG as a user's shell has them: what finds psql and pg_dump. */
    public TestProjectBuilder userShell() {
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", System.getProperty("user.home"));
        environment.put("LANG", "C.UTF-8");
        return this;
    }

    /** No scripts folder: the test creates it (or tests what happens without one). */
    public TestProjectBuilder withoutScriptsFolder() {
        scriptsFolder = false;
        return this;
    }

    /** Writes the settings file and the scripts folder; the database is fresh unless {@link #on} named one. */
    public TestProject create() {
        if (database == null && !databaseFromEnvironment) {
            database = TestProject.freshDatabase();
        }
        TestProject project = new TestProject(dir, this);
        project.writeSettings();
        if (scriptsFolder) {
            project.initScripts();
        }
        return project;
    }
}
