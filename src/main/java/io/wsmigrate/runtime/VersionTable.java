package io.wsmigrate.runtime;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A package's version table: one row per applied revision, the heads flagged, each with the
 * checksum its file had when applied. Alembic keeps only the heads; keeping every applied revision
 * is what lets us notice an applied revision whose file was edited afterwards.
 */
public record VersionTable(QualifiedName name) {

    public static VersionTable named(String table) {
        return new VersionTable(QualifiedName.parse(table));
    }

    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + name.sql() + " (version_num varchar(64) NOT NULL PRIMARY KEY,"
                + " is_head boolean NOT NULL, checksum char(64), applied_at timestamptz NOT NULL DEFAULT now(),"
                + " execution_ms bigint, stamped boolean NOT NULL DEFAULT false)";
    }

    public boolean exists(Connection connection) {
        try (var ps = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, name.sql());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot look for the version table " + name, e);
        }
    }

    /** Creates the table if needed, in its own committed transaction. */
    public void ensureExists(Connection connection) {
        if (exists(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(createSql());
        } catch (SQLException e) {
            throw DatabaseException.of("cannot create the version table " + name, e);
        }
    }

    /** The rows, or the empty state when the table does not exist yet. */
    public VersionState read(Connection connection) {
        if (!exists(connection)) {
            return VersionState.EMPTY;
        }
        String sql = "SELECT version_num, is_head, checksum, applied_at, execution_ms, stamped FROM " + name.sql()
                + " ORDER BY applied_at, version_num";
        List<AppliedRevision> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long millis = rs.getLong(5);
                rows.add(new AppliedRevision(rs.getString(1), rs.getBoolean(2), trim(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class), rs.wasNull() ? null : millis, rs.getBoolean(6)));
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the version table " + name
                    + " (is it a table of another tool? set migrations.version_table)", e);
        }
        return new VersionState(rows);
    }

    private static String trim(String checksum) {
        return checksum == null ? null : checksum.trim();
    }
}
