package io.wsmigrate.command;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.db.Database;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.db.EmbeddedVersion;
import io.wsmigrate.runtime.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway embedded PostgreSQL in a temporary folder: autogenerate replays the package's
 * revisions into it to learn the schema at head without touching the developer's database. It
 * runs the PostgreSQL major of the configured database ({@link #majorFor}), so the replayed
 * schema is the one that database gets.
 */
final class ScratchDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScratchDatabase.class);
    private final Path folder;
    private final Database database;
    private final Connection connection;

    private ScratchDatabase(Path folder, Database database, Connection connection) {
        this.folder = folder;
        this.database = database;
        this.connection = connection;
    }

    /**
     * The major of the configured database: an embedded one's own; for a server, the one it runs
     * when this command is connected to it anyway ({@code live}), else {@code database.embedded_version},
     * else the bundled major (replaying the scripts never connects to a server just to ask).
     */
    static int majorFor(Project project, Optional<Connection> live) {
        DatabaseSettings settings = project.settings().database();
        if (settings.isEmbedded()) {
            return EmbeddedVersion.of(settings, project.settings().projectDir());
        }
        int fallback = settings.embeddedMajor().orElse(EmbeddedVersion.bundled());
        if (live.isEmpty()) {
            return fallback;
        }
        int server = serverMajor(live.get());
        if (server == fallback) {
            return server;
        }
        if (server < DatabaseSettings.OLDEST_MAJOR || server > DatabaseSettings.NEWEST_MAJOR
                || !EmbeddedVersion.isAvailable(server)) {
            LOG.warn("the scripts replay on embedded PostgreSQL {}, not on {} as the database runs{}", fallback, server,
                    server > DatabaseSettings.NEWEST_MAJOR || server < DatabaseSettings.OLDEST_MAJOR ? ""
                            : "; " + EmbeddedVersion.fetchHint(server) + " to replay them on " + server);
            return fallback;
        }
        return server;
    }

    private static int serverMajor(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the server's version", e);
        }
    }

    static ScratchDatabase start(int major) {
        Path folder;
        try {
            folder = Files.createTempDirectory("ws-migrate-scratch");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the scratch database", e);
        }
        Database database = Database.open(DatabaseSettings.of("embedded:" + folder.resolve("pgdata"), null, null)
                .withEmbeddedVersion(major), folder);
        try {
            Connection connection = database.connect();
            ScratchCitus.install(connection); // a Citus project's revisions place tables as they replay
            return new ScratchDatabase(folder, database, connection);
        } catch (RuntimeException e) {
            database.close();
            deleteQuietly(folder);
            throw e;
        }
    }

    /**
     * What failed in a replay, for the command's one line: the revision, statement and error, without
     * the live run's word on what stays applied (the scratch database is thrown away), and what to do
     * when the scratch database lacks a Citus function.
     */
    static String replayFailure(MigrationException e) {
        return e.failure() + ScratchCitus.hint(e.failure());
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
