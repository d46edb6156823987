package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.Objects;

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
 */
public record Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                       LoggingSettings logging, TargetsSettings targets) {
    public Settings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(migrations, "migrations");
        logging = logging == null ? LoggingSettings.DEFAULT : logging;
        targets = targets == null ? TargetsSettings.NONE : targets;
    }

    /** Settings without a fleet of targets. */
    public Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                    LoggingSettings logging) {
        this(file, projectDir, database, migrations, logging, null);
    }

    public Settings withDatabase(DatabaseSettings newDatabase) {
        return new Settings(file, projectDir, newDatabase, migrations, logging, targets);
    }

    public Settings withMigrations(MigrationsSettings newMigrations) {
        return new Settings(file, projectDir, database, newMigrations, logging, targets);
    }

    public Settings withTargets(TargetsSettings newTargets) {
        return new Settings(file, projectDir, database, migrations, logging, newTargets);
    }
}
