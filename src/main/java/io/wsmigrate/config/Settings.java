package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of the application's settings file that ws-migrate reads. {@code file} is the
 * settings file that was loaded (absolute). {@code projectDir} (absolute) is the directory that
 * relative paths resolve against: {@code migrations.classpath} entries, {@code migrations.location}
 * (unless it is {@code classpath:...}) and an embedded database's data directory. It is chosen so:
 * <ol>
 *   <li>{@code migrations.project_dir} when given, relative to the folder of the settings file
 *       that sets it;</li>
 *   <li>else the settings file's own folder;</li>
 *   <li>but when that folder is named {@code config}, its parent: {@code config/development.yaml}
 *       in a project means the project root.</li>
 * </ol>
 * {@code targets} is the fleet of tenant schemas or databases ({@link TargetsSettings#NONE} when none).
 * {@code notes} are what loading a Spring Boot or Quarkus file noticed and did not read (its
 * {@code ddl-auto}), for the log.
 * <p>
 * Settings loaded for a command line hold the database section only when it could be read: when it
 * could not (a missing URL, an unset variable), {@code database} is null and
 * {@code databaseProblem} says why, and {@link #database()} throws that problem to the command
 * that uses the database. A command that never connects ({@code heads}, {@code history}) works
 * without one, as Alembic's do.
 */
public record Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                       LoggingSettings logging, TargetsSettings targets, List<String> notes, String databaseProblem) {
    public Settings {
        if (database == null && databaseProblem == null) {
            throw new NullPointerException("database");
        }
        Objects.requireNonNull(migrations, "migrations");
        logging = logging == null ? LoggingSettings.DEFAULT : logging;
        targets = targets == null ? TargetsSettings.NONE : targets;
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                    LoggingSettings logging, TargetsSettings targets, List<String> notes) {
        this(file, projectDir, database, migrations, logging, targets, notes, null);
    }

    /** The database section; when it could not be read, the {@link ConfigException} loading would have thrown. */
    @Override
    public DatabaseSettings database() {
        if (database == null) {
            throw new ConfigException(databaseProblem);
        }
        return database;
    }

    /** The database section, empty when it could not be read. */
    public Optional<DatabaseSettings> readableDatabase() {
        return Optional.ofNullable(database);
    }

    /** Settings without a fleet of targets. */
    public Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                    LoggingSettings logging) {
        this(file, projectDir, database, migrations, logging, null, List.of());
    }

    public Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                    LoggingSettings logging, TargetsSettings targets) {
        this(file, projectDir, database, migrations, logging, targets, List.of());
    }

    public Settings withDatabase(DatabaseSettings newDatabase) {
        return new Settings(file, projectDir, newDatabase, migrations, logging, targets, notes, null);
    }

    public Settings withMigrations(MigrationsSettings newMigrations) {
        return new Settings(file, projectDir, database, newMigrations, logging, targets, notes, databaseProblem);
    }

    public Settings withTargets(TargetsSettings newTargets) {
        return new Settings(file, projectDir, database, migrations, logging, newTargets, notes, databaseProblem);
    }

    /** The same settings with what loading them noticed: framework settings ws-migrate does not read, and why. */
    Settings withNotes(List<String> newNotes) {
        return new Settings(file, projectDir, database, migrations, logging, targets, newNotes, databaseProblem);
    }
}
