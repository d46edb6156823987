package io.wsmigrate.command;

import io.wsmigrate.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a fleet's migration needs to know of its tenant schemas before it starts, asked in one query
 * for the whole fleet: which schemas the database lacks (created on the way), and which already
 * hold the package's version table (their runs read it in the round trip that takes the lock).
 * A snapshot, used only as a hint: each target still reads its own state under its own lock.
 */
final class TenantSchemas {
    private final Set<String> present;
    private final Set<String> withVersionTable;

    private TenantSchemas(Set<String> present, Set<String> withVersionTable) {
        this.present = present;
        this.withVersionTable = withVersionTable;
    }

    /** The schema targets among {@code targets}, looked up for the version table named {@code table}. */
    static TenantSchemas read(Connection connection, List<FleetTarget> targets, String table) {
        List<String> schemas = targets.stream().filter(t -> t instanceof FleetTarget.Schema)
                .map(FleetTarget::name).toList();
        Set<String> present = new HashSet<>();
        Set<String> withTable = new HashSet<>();
        if (schemas.isEmpty()) {
            return new TenantSchemas(present, withTable);
        }
        try (var query = connection.prepareStatement("SELECT n.nspname, EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
                + " WHERE c.relnamespace OPERATOR(pg_catalog.=) n.oid AND c.relname OPERATOR(pg_catalog.=) ?"
                + " AND c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p']::\"char\"[]))"
                + " FROM pg_catalog.pg_namespace n WHERE n.nspname OPERATOR(pg_catalog.=) ANY (?)")) {
            query.setString(1, table);
            query.setArray(2, connection.createArrayOf("text", schemas.toArray()));
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        withTable.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot look for the tenant schemas", e);
        }
        return new TenantSchemas(present, withTable);
    }

    /** Whether {@code target} is a schema the database lacks. */
    boolean missing(FleetTarget target) {
        return target instanceof FleetTarget.Schema && !present.contains(target.name());
    }

    /** Whether {@code target} is a schema that held the version table when the fleet started. */
    boolean hasVersionTable(FleetTarget target) {
        return target instanceof FleetTarget.Schema && withVersionTable.contains(target.name());
    }
}
