package io.wsmigrate.testing;

import io.wsmigrate.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a test project reads from its database. */
final class ProjectQueries {
    private ProjectQueries() {
    }

    static Connection connect(DatabaseSettings database) {
        try {
            return TestPostgres.connect(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the test database", e);
        }
    }

    static List<String> firstColumn(DatabaseSettings database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql, e);
        }
    }

    /** The version numbers of {@code versionTable} matching {@code where}, sorted; none without the table. */
    static List<String> versionRows(DatabaseSettings database, String versionTable, String where) {
        if (firstColumn(database, "SELECT to_regclass('" + versionTable + "')::text").get(0) == null) {
            return List.of();
        }
        return firstColumn(database, "SELECT version_num FROM " + versionTable + where + " ORDER BY version_num");
    }

    /** ws-migrate's sessions on the database; waits up to 10 s for the server to end the closed ones. */
    static List<String> toolSessionsAfterClosing(DatabaseSettings database) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> sessions;
        do {
            sessions = firstColumn(database, "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'ws-migrate'");
        } while (!sessions.isEmpty() && System.nanoTime() < deadline);
        return sessions;
    }
}
