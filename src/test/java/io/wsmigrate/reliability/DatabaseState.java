package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.db.AdvisoryLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a chain of revisions {@code r01..rNN} left in the database, where revision k creates table
 * {@code t_k}: the version rows, the heads, and the tables.
 */
record DatabaseState(List<String> versionRows, List<String> heads, TreeSet<Integer> tables) {

    static String id(int k) {
        return String.format("r%02d", k);
    }

    static DatabaseState read(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + ReliabilityProjects.VERSION_TABLE + "') IS NOT NULL")) {
                rs.next();
                exists = rs.getBoolean(1);
            }
            if (exists) {
                try (ResultSet rs = s.executeQuery("SELECT version_num, is_head FROM " + ReliabilityProjects.VERSION_TABLE
                        + " ORDER BY version_num")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                        if (rs.getBoolean(2)) {
                            heads.add(rs.getString(1));
                        }
                    }
                }
            }
            TreeSet<Integer> tables = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT substr(tablename, 3)::int FROM pg_tables"
                    + " WHERE schemaname = 'public' AND tablename ~ '^t_[0-9]+$'")) {
                while (rs.next()) {
                    tables.add(rs.getInt(1));
                }
            }
            return new DatabaseState(rows, heads, tables);
        }
    }

    /** Asserts the database is exactly after some revision k of the chain (0: none), and returns k. */
    int assertAtBoundary() {
        int k = versionRows.size();
        List<String> expectedRows = new ArrayList<>();
        TreeSet<Integer> expectedTables = new TreeSet<>();
        for (int i = 1; i <= k; i++) {
            expectedRows.add(id(i));
            expectedTables.add(i);
        }
        assertThat(versionRows).as("version rows are a prefix of the chain").isEqualTo(expectedRows);
        assertThat(heads).as("the head row").isEqualTo(k == 0 ? List.of() : List.of(id(k)));
        assertThat(tables).as("tables match the version table at revision " + k).isEqualTo(expectedTables);
        return k;
    }

    /**
     * Waits until no ws-migrate session is connected to the database any more and nobody holds its
     * migration lock: the server notices a dead client only when it next talks to it. Returns the
     * milliseconds waited.
     */
    static long awaitNoMigrationSession(Connection c, long timeoutMillis) throws Exception {
        long start = System.nanoTime();
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'ws-migrate' AND pid <> pg_backend_pid()";
        while (true) {
            long sessions;
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                sessions = rs.getLong(1);
            }
            boolean locked = !AdvisoryLock.holders(c, ReliabilityProjects.VERSION_TABLE).isEmpty();
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (sessions == 0 && !locked) {
                return waited;
            }
            assertThat(waited).as("the server releases the dead session and its lock").isLessThan(timeoutMillis);
            Thread.sleep(20);
        }
    }

    /** Any advisory lock left on the database, ours or not: must be none once the sessions are gone. */
    static long advisoryLocks(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The pid of the session holding the migration lock, polling until there is one. */
    static int awaitLockHolder(Connection c, long timeoutMillis) throws Exception {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            List<AdvisoryLock.LockHolder> holders = AdvisoryLock.holders(c, ReliabilityProjects.VERSION_TABLE);
            if (!holders.isEmpty()) {
                return holders.get(0).pid();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no run took the migration lock within " + timeoutMillis + " ms");
    }

    /** Statements running now in sessions of {@code application} whose text is like {@code like}, or that wait for a lock. */
    static int activeQueries(Connection c, String application, String like) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                + " WHERE application_name = ? AND state = 'active' AND pid <> pg_backend_pid()"
                + " AND datname = current_database() AND (query LIKE ? OR wait_event_type = 'Lock')")) {
            ps.setString(1, application);
            ps.setString(2, like);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
