package io.wsmigrate.runtime;

import io.wsmigrate.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Small JDBC helpers for running statements inside one transaction. */
final class Transactions {
    private Transactions() {
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    static void inTransaction(Connection connection, SqlWork work, String what) {
        try {
            connection.setAutoCommit(false);
            work.run();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw DatabaseException.of("failed while " + what + "; nothing was changed", e);
        } finally {
            autoCommitQuietly(connection);
        }
    }

    static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * Runs the statements as one multi-statement string: the driver sends them in one round trip.
     * Each separator has a line of its own, so that a statement ending in a {@code --} comment
     * cannot swallow it and run into the next one.
     */
    static void executeTogether(Connection connection, List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        String text = String.join("\n;\n", statements);
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(mayHoldEscapes(text));
            s.execute(text);
        }
    }

    /**
     * Whether the driver's JDBC escape processing ({@code {fn ...}}, {@code {d '...'}}) could change
     * {@code text}: every escape starts with a brace. Without one the text is sent as it is either
     * way, and turning the processing off spares the driver a pass over every character of it.
     */
    static boolean mayHoldEscapes(String text) {
        return text.indexOf('{') >= 0;
    }

    static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is broken; the server rolls the transaction back with the session
        }
    }

    /** Rolls back what is open and goes back to autocommit, whatever state the connection is in. */
    static void endQuietly(Connection connection) {
        rollbackQuietly(connection);
        autoCommitQuietly(connection);
    }

    static void autoCommitQuietly(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // broken connection: nothing more to do on it
        }
    }
}
