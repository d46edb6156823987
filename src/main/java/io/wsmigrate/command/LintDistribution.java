package io.wsmigrate.command;

import io.wsmigrate.config.CitusSettings;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.lint.Distribution;
import io.wsmigrate.lint.Distribution.Placement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What {@code lint} knows of the package's Citus distribution before reading its revisions. */
final class LintDistribution {
    /**
     * Each Citus table with its distribution column and colocation group; the single-shard tables of
     * schema-based sharding (no column) behave as one tenant's local tables and are left out.
     */
    private static final String METADATA = "SELECT p.logicalrelid::regclass::text, p.partmethod,"
            + " pg_catalog.column_to_column_name(p.logicalrelid, p.partkey), p.colocationid"
            + " FROM pg_catalog.pg_dist_partition p WHERE p.partmethod = 'n' AND p.repmodel = 't'"
            + " OR p.partkey IS NOT NULL";

    private LintDistribution() {
    }

    /** The {@code migrations.citus} settings as lint reads them. */
    static Distribution of(CitusSettings citus) {
        Distribution distribution = Distribution.NONE;
        for (CitusSettings.DistributedTable table : citus.distributed()) {
            distribution = distribution.with(table.table(), Placement.distributed(table.column(), table.colocateWith()));
        }
        for (String table : citus.reference()) {
            distribution = distribution.with(table, Placement.referenceTable());
        }
        return distribution;
    }

    /** A coordinator's metadata; nothing on a database without the citus extension. */
    static Distribution of(Connection connection) {
        try (Statement s = connection.createStatement()) {
            try (ResultSet citus = s.executeQuery("SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus'")) {
                if (!citus.next()) {
                    return Distribution.NONE;
                }
            }
            Distribution distribution = Distribution.NONE;
            try (ResultSet rows = s.executeQuery(METADATA)) {
                while (rows.next()) {
                    distribution = distribution.with(rows.getString(1), "n".equals(rows.getString(2))
                            ? Placement.referenceTable()
                            : new Placement(false, rows.getString(3), null, Integer.toString(rows.getInt(4))));
                }
            }
            return distribution;
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the Citus distribution of the database", e);
        }
    }
}
