package io.wsmigrate.docs;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.schema.Identifiers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Another session on a page's development database, for the troubleshooting examples: a
 * ws-migrate run that holds the migration lock, or a long transaction that holds a table.
 */
final class OtherSession implements AutoCloseable {
    private final Connection connection;

    private OtherSession(Connection connection) {
        this.connection = connection;
    }

    static OtherSession open(DatabaseSettings database) {
        Properties props = new Properties();
        if (database.user() != null) {
            props.setProperty("user", database.user());
        }
        if (database.password() != null) {
            props.setProperty("password", database.password());
        }
        props.setProperty("ApplicationName", "ws-migrate");
        try {
            return new OtherSession(DriverManager.getConnection(database.url(), props));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the other session", e);
        }
    }

    /** Takes the advisory lock a ws-migrate run on {@code versionTable} takes, and keeps it. */
    void holdMigrationLock(String versionTable) {
        AdvisoryLock.acquire(connection, versionTable, Duration.ZERO);
    }

    /** Opens a transaction that reads {@code table}, as a long report would: DDL on it must wait. */
    void holdTable(String table) {
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(false);
            s.execute("LOCK TABLE " + Identifiers.quote(table) + " IN ACCESS SHARE MODE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock " + table, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the other session", e);
        }
    }
}
