package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The parts of the application's settings file that ws-migrate reads. {@code file} is the
 * settings file that was loaded; {@code projectDir} is the directory relative paths (classpath,
 * scripts location, embedded data) resolve against: the parent of the {@code config/} folder the
 * file sits in, else the file's own folder.
 */
public record Settings(Path file, Path projectDir, DatabaseSettings database, MigrationsSettings migrations,
                       LoggingSettings logging) {
    public Settings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(migrations, "migrations");
        logging = logging == null ? LoggingSettings.DEFAULT : logging;
    }

    public Settings withDatabase(DatabaseSettings newDatabase) {
        return new Settings(file, projectDir, newDatabase, migrations, logging);
    }

    public Settings withMigrations(MigrationsSettings newMigrations) {
        return new Settings(file, projectDir, database, newMigrations, logging);
    }
}
