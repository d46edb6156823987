package io.wsmigrate.command;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.db.Database;
import io.wsmigrate.db.DatabaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway embedded PostgreSQL in a temporary folder: autogenerate replays the package's
 * revisions into it to learn the schema at head without touching the developer's database.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Path folder;
    private final Database database;
    private final Connection connection;

    private ScratchDatabase(Path folder, Database database, Connection connection) {
        this.folder = folder;
        this.database = database;
        this.connection = connection;
    }

    static ScratchDatabase start() {
        Path folder;
        try {
            folder = Files.createTempDirectory("ws-migrate-scratch");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the scratch database", e);
        }
        Database database = Database.open(DatabaseSettings.of("embedded:" + folder.resolve("pgdata"), null, null),
                folder);
        try {
            return new ScratchDatabase(folder, database, database.connect());
        } catch (RuntimeException e) {
            database.close();
            deleteQuietly(folder);
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the scratch database", e);
        } finally {
            database.close();
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans it up eventually
        }
    }
}
