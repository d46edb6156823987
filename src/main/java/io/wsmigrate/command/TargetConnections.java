package io.wsmigrate.command;

import io.wsmigrate.db.Database;
import io.wsmigrate.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * One worker's connection: kept from target to target while they share a database (schema
 * targets), replaced when the next target is another database, dropped after a failure.
 */
final class TargetConnections implements AutoCloseable {
    private final Project project;
    private Connection connection;
    private Object openFor;

    TargetConnections(Project project) {
        this.project = project;
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
        Object key = target instanceof FleetTarget.Database d ? d.database() : FleetTarget.Schema.class;
        if (connection == null || !Objects.equals(key, openFor)) {
            close();
            connection = target instanceof FleetTarget.Database d ? connect(d) : project.database().connect();
            openFor = key;
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
            try {
                connection.close();
            } catch (SQLException e) {
                // a broken connection: nothing left to release
            }
            connection = null;
            openFor = null;
        }
    }
}
