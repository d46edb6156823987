package io.wsmigrate.command;

import io.wsmigrate.db.Database;
import io.wsmigrate.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One worker's connection: kept from target to target while they share a database (schema
 * targets), replaced when the next target is another database, dropped after a failure.
 */
final class TargetConnections implements AutoCloseable {
    private final Project project;
    /** What a connection that carries the work's session settings sends before it closes. */
    private final List<String> sessionEnd;
    private Connection connection;
    private Object openFor;
    /** Whether the connection carries the work's session settings (see {@link #open(FleetTarget, boolean, Function)}). */
    private boolean prepared;

    TargetConnections(Project project) {
        this(project, List.of());
    }

    /**
     * Connections that send {@code sessionEnd} (a run's durable commit, see
     * {@code Migrator.sessionEnd}) before closing, once they carry a work's session settings:
     * at the worker's end, after a failure, after a stop.
     */
    TargetConnections(Project project, List<String> sessionEnd) {
        this.project = project;
        this.sessionEnd = List.copyOf(sessionEnd);
    }

    /** A connection in auto-commit mode, its session set up for {@code target}. */
    Connection open(FleetTarget target) {
        return open(target, true);
    }

    /**
     * The same; without {@code searchPath}, a schema target's {@code search_path} is left to the
     * caller, who sends it with its own first statement (one round trip fewer per target).
     */
    Connection open(FleetTarget target, boolean searchPath) {
        return open(target, searchPath, c -> List.of());
    }

    /**
     * The same, the connection carrying {@code session}'s settings: sent once per connection, not
     * once per target, which saves a fleet of schemas two statements per setting and target.
     */
    Connection open(FleetTarget target, boolean searchPath, Function<Connection, List<String>> session) {
        Object key = target instanceof FleetTarget.Database d ? d.database() : FleetTarget.Schema.class;
        if (connection == null || !Objects.equals(key, openFor)) {
            close();
            connection = target instanceof FleetTarget.Database d ? connect(d) : project.database().connect();
            openFor = key;
        }
        if (!prepared) {
            List<String> settings = session.apply(connection);
            if (!settings.isEmpty()) {
                try (Statement s = connection.createStatement()) {
                    s.execute(String.join("\n;\n", settings));
                } catch (SQLException e) {
                    throw DatabaseException.of("cannot prepare the session for " + target.name(), e);
                }
                prepared = true;
            }
        }
        if (searchPath && target instanceof FleetTarget.Schema schema) {
            try (Statement s = connection.createStatement()) {
                s.execute(schema.searchPathSql());
            } catch (SQLException e) {
                throw DatabaseException.of("cannot set the search_path of schema " + schema.name(), e);
            }
        }
        return connection;
    }

    /** Quiet: a connection that is gone has nothing left to send, and its commits are the server's. */
    private void endSession() {
        if (sessionEnd.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            s.execute(String.join("\n;\n", sessionEnd));
        } catch (SQLException e) {
            // broken or closed: nothing more can be sent on it
        }
    }

    private Connection connect(FleetTarget.Database target) {
        try (Database database = Database.open(target.database(), project.settings().projectDir())) {
            return database.connect();
        }
    }

    /** Forgets the connection after a failure: it may be broken or mid-transaction. */
    void discard() {
        close();
    }

    @Override
    public void close() {
        if (connection != null) {
            if (prepared) {
                endSession();
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // a broken connection: nothing left to release
            }
            connection = null;
            openFor = null;
            prepared = false;
        }
    }
}
