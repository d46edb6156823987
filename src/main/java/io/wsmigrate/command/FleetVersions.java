package io.wsmigrate.command;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.runtime.AppliedRevision;
import io.wsmigrate.runtime.VersionState;
import io.wsmigrate.runtime.VersionTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The version tables of many tenant schemas read in two queries, whatever their number: one
 * catalog query for the tenants that have one, then one {@code UNION ALL} over those tables.
 * A tenant without a version table is at base, as a single database would be.
 */
final class FleetVersions {
    private FleetVersions() {
    }

    /** Each tenant's state, by schema name. */
    static Map<String, VersionState> read(Connection connection, List<FleetTarget.Schema> tenants,
                                          VersionTable packageTable) {
        Set<String> withTable = tenantsWithTable(connection, tenants, packageTable);
        Map<String, List<AppliedRevision>> rows = new HashMap<>();
        List<FleetTarget.Schema> reading = tenants.stream().filter(t -> withTable.contains(t.name())).toList();
        if (!reading.isEmpty()) {
            readRows(connection, reading, packageTable, rows);
        }
        Map<String, VersionState> states = new HashMap<>();
        for (FleetTarget.Schema tenant : tenants) {
            states.put(tenant.name(), new VersionState(rows.getOrDefault(tenant.name(), List.of())));
        }
        return states;
    }

    private static Set<String> tenantsWithTable(Connection connection, List<FleetTarget.Schema> tenants,
                                                VersionTable packageTable) {
        String sql = "SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.relname = ? AND n.nspname = ANY (?)";
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, packageTable.name().name());
            s.setArray(2, connection.createArrayOf("text", tenants.stream().map(FleetTarget::name).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw DatabaseException.of("cannot look for the tenants' version tables", e);
        }
    }

    private static void readRows(Connection connection, List<FleetTarget.Schema> tenants, VersionTable packageTable,
                                 Map<String, List<AppliedRevision>> rows) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < tenants.size(); i++) {
            sources.add("SELECT " + i + " AS tenant, version_num, is_head, checksum, applied_at, execution_ms,"
                    + " stamped FROM " + tenants.get(i).versionTable(packageTable).name().sql());
        }
        String sql = String.join(" UNION ALL ", sources) + " ORDER BY 1, applied_at, version_num";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String tenant = tenants.get(rs.getInt(1)).name();
                long millis = rs.getLong(6);
                String checksum = rs.getString(4);
                rows.computeIfAbsent(tenant, k -> new ArrayList<>()).add(new AppliedRevision(rs.getString(2),
                        rs.getBoolean(3), checksum == null ? null : checksum.trim(),
                        rs.getObject(5, OffsetDateTime.class), rs.wasNull() ? null : millis, rs.getBoolean(7)));
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the tenants' version tables (is one a table of another tool?"
                    + " set migrations.version_table)", e);
        }
    }
}
