package io.wsmigrate.runtime;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * How far a non-transactional revision got. Its statements commit one by one, so a run killed in
 * the middle leaves some applied and the revision unrecorded; a row of {@code ws_migrate_progress}
 * (beside the version table, one per version table), written in autocommit after each statement
 * and deleted with the revision's own version rows, says which ran, for {@code current} and for
 * the next run, which stops instead of running the first statements again.
 */
public final class Progress {
    static final String TABLE = "ws_migrate_progress";

    private final Connection connection;
    private final QualifiedName table;
    private final String versionTable;

    public Progress(Connection connection, VersionTable versionTable) {
        this.connection = connection;
        this.table = new QualifiedName(versionTable.name().schema(), TABLE);
        this.versionTable = versionTable.name().toString();
    }

    /** What a stopped run left: the revision, the direction, how many of its statements ran, and when. */
    record Interrupted(String revision, String direction, int done, int total, OffsetDateTime at) {
        String describe() {
            return "revision " + revision + " is half applied: " + (direction.startsWith("u") ? "an " : "a ")
                    + direction + " that stopped on " + at.toLocalDate()
                    + " at " + at.toLocalTime().withNano(0) + " ran " + (done == 0 ? "none" : "statements 1-" + done)
                    + " of its " + total + " (it is `transactional: false`, so they stay)";
        }

        String repair() {
            return "finish the remaining statements by hand and run `ws-migrate stamp " + revision + "`, or undo the"
                    + " ones that ran and run `ws-migrate stamp` to the revision below it; either clears this record";
        }
    }

    /** For {@code current}: which revision a stopped run left half applied, and what to do; empty when none. */
    public Optional<String> describe() {
        return read().map(interrupted -> interrupted.describe() + "; " + interrupted.repair());
    }

    Optional<Interrupted> read() {
        try {
            if (!exists()) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot look for " + table, e);
        }
        return readRow();
    }

    private Optional<Interrupted> readRow() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT revision, direction, done, total, updated_at"
                + " FROM " + table.sql() + " WHERE version_table OPERATOR(pg_catalog.=) ?")) {
            ps.setString(1, versionTable);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Interrupted(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getObject(5, OffsetDateTime.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read " + table, e);
        }
    }

    /**
     * Stops before anything runs when an earlier run left a revision half applied;
     * {@code tableExists} is what {@link VersionTable#open} found, so a run without one asks nothing.
     */
    void requireNoneInterrupted(boolean tableExists) {
        if (!tableExists) {
            return;
        }
        readRow().ifPresent(interrupted -> {
            throw new MigrationException(interrupted.describe() + "; nothing was run: " + interrupted.repair(), null);
        });
    }

    /** Records that {@code step} starts (autocommit), creating the table on first use. */
    void start(CompiledStep step, String direction) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table.sql() + " (version_table text PRIMARY KEY,"
                    + " revision varchar(64) NOT NULL, direction text NOT NULL, done int NOT NULL, total int NOT NULL,"
                    + " updated_at timestamptz NOT NULL DEFAULT pg_catalog.now())");
            s.execute("INSERT INTO " + table.sql() + " (version_table, revision, direction, done, total) VALUES ("
                    + Identifiers.literal(versionTable) + ", " + Identifiers.literal(step.revisionId()) + ", "
                    + Identifiers.literal(direction) + ", 0, " + step.statements().size() + ")");
        }
    }

    /** Records that the first {@code done} statements ran (autocommit, right after the last of them). */
    void advance(int done) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("UPDATE " + table.sql() + " SET done = " + done + ", updated_at = pg_catalog.now()"
                    + " WHERE version_table OPERATOR(pg_catalog.=) "
                    + Identifiers.literal(versionTable));
        }
    }

    /** The statement that forgets the record, run with the revision's version rows (or a stamp). */
    List<String> clearSql() {
        return List.of("DELETE FROM " + table.sql() + " WHERE version_table OPERATOR(pg_catalog.=) "
                + Identifiers.literal(versionTable));
    }

    /**
     * Forgets the record after a statement failed while the run is alive to say which statements
     * ran: the user repairs and reruns, as after any failure. Only a run that dies leaves it.
     */
    void forgetQuietly() {
        try (Statement s = connection.createStatement()) {
            s.execute(clearSql().get(0));
        } catch (SQLException e) {
            // the connection is gone: the record stays, and the next run reports it
        }
    }

    boolean exists() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table.sql());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
