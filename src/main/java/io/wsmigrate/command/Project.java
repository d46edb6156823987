package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.classpath.BuildClasspath;
import io.wsmigrate.classpath.ClasspathEntries;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.LoggingConfigurer;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.db.Database;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelCache;
import io.wsmigrate.entities.EntityModelLoader;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.script.ScriptLocation;
import io.wsmigrate.speed.CacheFolder;
import io.wsmigrate.speed.CompiledStepCache;
import io.wsmigrate.speed.CompilerIdentity;
import io.wsmigrate.speed.OpeningConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything one invocation works with: the settings, the environment, and the database, opened
 * on first use (commands that need no database never start or reach one) and closed at the end.
 * Its public face is what an application gives and closes: create it, hand it to the command
 * classes ({@link MigrationCommands}, {@link RevisionCommands}, ...), close it. The parts it holds
 * (the connection, the version table, the scripts folder, the entity model) are for those classes
 * only: package-private, so that no caller can bypass a command's lock, checks or bookkeeping.
 */
public final class Project implements AutoCloseable {
    private final Settings settings;
    private final Map<String, String> environment;
    private final Clock clock;
    private final Supplier<Optional<CompilerIdentity>> compilerIdentity;
    private Database database;
    private Connection connection;
    /** The connection being opened in the background, see {@link #startConnecting()}. */
    private OpeningConnection opening;
    private ScriptDirectory scripts;
    private RevisionMap revisions;
    private CompiledStepCache compiledSteps;
    private List<Path> classpath;

    public Project(Settings settings, Map<String, String> environment, Clock clock) {
        this(settings, environment, clock, () -> CompilerIdentity.ofRunningBuild(environment));
    }

    /**
     * A project whose compiled steps are remembered under {@code compilerIdentity} (empty: not
     * remembered), whatever build runs: for tests, which run from class folders.
     */
    @Internal
    public Project(Settings settings, Map<String, String> environment, Clock clock,
                   Optional<CompilerIdentity> compilerIdentity) {
        this(settings, environment, clock, () -> compilerIdentity);
    }

    private Project(Settings settings, Map<String, String> environment, Clock clock,
                    Supplier<Optional<CompilerIdentity>> compilerIdentity) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.compilerIdentity = compilerIdentity;
    }

    public Settings settings() {
        return settings;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The package's version table. Only a name derived from the package is checked against
     * another package's: a name the settings give is the user's word for which table holds this
     * history (after a package was renamed, say), so it is neither marked nor refused.
     */
    VersionTable versionTable() {
        MigrationsSettings migrations = settings.migrations();
        boolean derived = migrations.versionTable() == null || migrations.versionTable().isBlank();
        return VersionTable.named(migrations.effectiveVersionTable(), derived ? migrations.packageName() : null);
    }

    ScriptLocation scriptLocation() {
        MigrationsSettings m = settings.migrations();
        return ScriptLocation.parse(m.location(), settings.projectDir(),
                m.isClasspathLocation() ? classpath() : m.classpath());
    }

    /**
     * {@code migrations.classpath} as a class loader reads it: the build's classpath first when it
     * names one ({@code maven}, {@code gradle}; asked once, then cached), then the written entries
     * with their globs expanded. Worked out on first use: commands that load no class never ask.
     */
    List<Path> classpath() {
        if (classpath == null) {
            MigrationsSettings m = settings.migrations();
            Set<Path> entries = new LinkedHashSet<>();
            if (m.classpathBuild() != null) {
                BuildClasspath.requireAskable(m.classpathBuild(), settings.projectDir());
                createCacheFolder();
                entries.addAll(BuildClasspath.of(m.classpathBuild(), settings.projectDir(), cacheFolder()));
            }
            entries.addAll(ClasspathEntries.expand(m.classpath()));
            classpath = List.copyOf(entries);
        }
        return classpath;
    }

    private void createCacheFolder() {
        try {
            CacheFolder.create(cacheFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + cacheFolder(), e);
        }
    }

    /**
     * The package's scripts folder, opened on first use. Checksums of parsed revision files are
     * remembered in {@code .ws-migrate/cache} of the project, beside the embedded database's data.
     */
    ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.open(scriptLocation(), cacheFolder());
        }
        return scripts;
    }

    /**
     * The SQL compiled from revision files, remembered in the same folder for this build of
     * ws-migrate and Liquibase; nothing is remembered when the build cannot be identified.
     */
    CompiledStepCache compiledSteps() {
        if (compiledSteps == null) {
            compiledSteps = CompiledStepCache.in(cacheFolder(), compilerIdentity);
        }
        return compiledSteps;
    }

    private Path cacheFolder() {
        return toolFolder().resolve("cache");
    }

    /** {@code .ws-migrate}: the embedded database's data and the cache, local to this checkout. */
    private Path toolFolder() {
        return settings.projectDir().resolve(".ws-migrate");
    }

    /** The default embedded database lives in {@code .ws-migrate}, which then ignores itself in git. */
    private void ignoreToolFolder() {
        DatabaseSettings db = settings.database();
        if (db.isEmbedded() && db.embeddedDataDir(settings.projectDir()).getParent().equals(toolFolder())) {
            try {
                CacheFolder.create(toolFolder());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + toolFolder(), e);
            }
        }
    }

    /** The revision graph of the scripts folder, from the files' headers only. */
    RevisionMap revisions() {
        if (revisions == null) {
            revisions = RevisionMap.of(scripts().revisions());
        }
        return revisions;
    }

    /** Forgets the cached scripts after a command wrote a new revision file. */
    void scriptsChanged() {
        scripts = null;
        revisions = null;
    }

    /**
     * Boots Hibernate over the package's entity classes (or every package's, when asked here, in
     * the settings, or by {@code WS_MIGRATE_ALL_PACKAGES=true}). Close the model when done.
     */
    EntityModel entities(boolean allPackages) {
        return EntityModelLoader.load(entitySource(allPackages));
    }

    /**
     * The entity models remembered in {@code .ws-migrate/cache} for what {@link #entities} would
     * build now; none when {@code WS_MIGRATE_MODEL_CACHE=off}.
     */
    EntityModelCache entityModelCache(boolean allPackages) {
        if ("off".equalsIgnoreCase(environment.get("WS_MIGRATE_MODEL_CACHE"))) {
            return EntityModelCache.none();
        }
        return EntityModelCache.in(cacheFolder(), entitySource(allPackages), CacheFolder::create);
    }

    private EntitySource entitySource(boolean allPackages) {
        MigrationsSettings m = settings.migrations();
        if (m.classpath().isEmpty() && m.classpathBuild() == null) {
            throw new WsMigrateException(ExitCode.CONFIG, settings.file() + ": migrations.classpath is empty;"
                    + " list the directories or jars that hold the package's @Entity classes, e.g. [target/classes]"
                    + " or [target/classes, lib/*.jar], or write classpath: maven (or gradle) to ask the build");
        }
        boolean all = allPackages || m.allPackages()
                || "true".equalsIgnoreCase(environment.get("WS_MIGRATE_ALL_PACKAGES"));
        return new EntitySource(classpath(), List.of(all ? "" : m.packageName()), true, m.hibernate());
    }

    Database database() {
        takeOpening();
        if (database == null) {
            ignoreToolFolder();
            database = Database.open(settings.database(), settings.projectDir());
        }
        return database;
    }

    /** The one connection of this invocation, in auto-commit mode. */
    Connection connection() {
        takeOpening();
        if (connection == null) {
            connection = database().connect();
        }
        return connection;
    }

    /**
     * Starts opening the connection on another core, for a command that reads the scripts folder
     * first: connecting (or starting the embedded server) and reading a thousand revision files
     * need nothing from each other. {@link #connection()} takes the result, or its error. An
     * embedded database used for the first time is left alone: creating its data folder waits until
     * the command gets that far, so a command that fails on its scripts leaves no new folder behind.
     */
    void startConnecting() {
        DatabaseSettings db = settings.database();
        boolean firstEmbeddedUse = db.isEmbedded() && !Files.isDirectory(db.embeddedDataDir(settings.projectDir()));
        if (opening == null && connection == null && !firstEmbeddedUse) {
            if (db.isEmbedded()) {
                LoggingConfigurer.startNow(); // the embedded server logs from the connecting thread
            }
            opening = OpeningConnection.start(database, () -> Database.open(db, settings.projectDir()), db.isEmbedded());
        }
    }

    /**
     * The first work of a command that reads the revision graph, done ahead of it (see the CLI's
     * prefetch): the graph read, and with {@code connect} a connection started, to a server only
     * (starting an embedded one ahead is seconds of work a usage error would waste). An error
     * reading the graph is not thrown: the command meets it again, and reports it, itself.
     */
    @Internal
    public void prepareAhead(boolean connect) {
        if (connect && settings.readableDatabase().filter(database -> !database.isEmbedded()).isPresent()) {
            startConnecting();
        }
        try {
            revisions();
        } catch (RuntimeException e) {
            // the command reads the folder again and reports this itself
        }
    }

    private void takeOpening() {
        if (opening != null) {
            OpeningConnection started = opening;
            opening = null;
            OpeningConnection.Opened opened = started.take();
            database = opened.database();
            connection = opened.connection();
        }
    }

    @Override
    public void close() {
        try {
            closeUnused();
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        } finally {
            if (compiledSteps != null) {
                compiledSteps.close(); // what this run compiled is written for the next (it never throws)
            }
            if (database != null) {
                database.close();
            }
        }
    }

    /** A connection still being opened when the command failed: closed when open, never leaked. */
    private void closeUnused() {
        if (opening != null) {
            opening.abandon();
            opening = null;
        }
    }
}
