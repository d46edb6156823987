package io.wsmigrate.introspect;

import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Citus's placement of the tables, from {@code pg_dist_partition} on the coordinator: hash-distributed
 * tables with their column and colocation group, and reference tables. A database without Citus has
 * no such table and every table reads as local. Citus local tables (added to the metadata because of
 * a foreign key to a reference table) and the single-shard tables of schema-based sharding are Citus's
 * own bookkeeping, not a placement the settings choose: they read as local.
 */
final class DistributionReader {
    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, p.partmethod, p.repmodel, p.colocationid,
                   CASE WHEN p.partmethod = 'h'
                        THEN pg_catalog.column_to_column_name(p.logicalrelid, p.partkey) END AS column_name
            FROM pg_catalog.pg_dist_partition p
            JOIN pg_catalog.pg_class c ON c.oid = p.logicalrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND (p.partmethod = 'h' OR p.repmodel = 't')
            ORDER BY n.nspname, c.relname
            """;

    private DistributionReader() {
    }

    static Map<QualifiedName, Distribution> read(Connection connection, CatalogScope scope,
                                                 Predicate<QualifiedName> include) throws SQLException {
        Map<QualifiedName, Distribution> distributions = new TreeMap<>();
        if (!hasCitus(connection)) {
            return distributions;
        }
        try (PreparedStatement statement = scope.prepare(connection, SQL.formatted(scope.schemaCondition("n")));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                QualifiedName name = new QualifiedName(rows.getString("schema_name"), rows.getString("table_name"));
                if (include.test(name)) {
                    int group = rows.getInt("colocationid");
                    distributions.put(name, "h".equals(rows.getString("partmethod"))
                            ? Distribution.distributedIn(rows.getString("column_name"), group)
                            : Distribution.reference(group));
                }
            }
        }
        return distributions;
    }

    /** Whether the Citus metadata exists here: plain PostgreSQL has no {@code pg_dist_partition}. */
    static boolean hasCitus(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
