package io.wsmigrate.runtime;

import io.wsmigrate.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The version tables of many schemas of one database (a fleet of tenant schemas), read with one
 * query per few hundred schemas instead of two round trips per schema. A UNION ALL over the tables
 * would do it too, but PostgreSQL plans a thousand branches in seconds; here the query names no
 * table: {@code query_to_xml} runs a small query per table, planned alone, and {@code XMLTABLE}
 * turns its rows back into columns (a server built without XML support fails the query, and the
 * caller reads table by table). Only one table's rows at a time are held here.
 */
public final class SchemaVersionTables {
    /** Schemas per query: each query's result stays small, however many tenants there are. */
    static final int CHUNK = 500;

    private static final String SQL = "SELECT t.schema, c.oid IS NOT NULL, "
            + VersionTable.commentSql("c.oid") + ","
            + " r.version_num, r.is_head, r.checksum, r.applied_at, r.execution_ms, r.stamped"
            + " FROM pg_catalog.unnest(?::text[]) WITH ORDINALITY AS t(schema, position)"
            + " LEFT JOIN pg_catalog.pg_namespace n ON n.nspname OPERATOR(pg_catalog.=) t.schema"
            + " LEFT JOIN pg_catalog.pg_class c ON c.relnamespace OPERATOR(pg_catalog.=) n.oid"
            + " AND c.relname OPERATOR(pg_catalog.=) ?::text"
            + " LEFT JOIN LATERAL XMLTABLE('/table/row' PASSING CASE WHEN c.oid IS NOT NULL"
            + " THEN pg_catalog.query_to_xml(pg_catalog.format("
            + "'SELECT version_num, is_head, checksum, applied_at, execution_ms, stamped FROM %I.%I"
            + " ORDER BY applied_at, version_num', t.schema, c.relname::text), false, false, '') END"
            + " COLUMNS version_num text, is_head boolean, checksum text, applied_at timestamptz,"
            + " execution_ms bigint, stamped boolean, line FOR ORDINALITY) r ON true"
            + " ORDER BY t.position, r.line";

    private SchemaVersionTables() {
    }

    /**
     * One schema's version table: its state (empty when the schema or the table does not exist),
     * or why it was refused (another package's table of the same name).
     */
    public record Found(String schema, VersionState state, RuntimeException refused) {
        public VersionState stateOrThrow() {
            if (refused != null) {
                throw refused;
            }
            return state;
        }
    }

    /**
     * Reads {@code packageTable} (its name, its owner) in every one of {@code schemas}, handing each
     * to {@code each} in the order given. Throws when a query fails (a table of another tool under
     * that name, a schema the user may not read): the caller then reads the tables one by one,
     * which names the target.
     */
    public static void read(Connection connection, VersionTable packageTable, List<String> schemas,
                            Consumer<Found> each) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            for (int from = 0; from < schemas.size(); from += CHUNK) {
                List<String> chunk = schemas.subList(from, Math.min(schemas.size(), from + CHUNK));
                Array names = connection.createArrayOf("text", chunk.toArray());
                ps.setArray(1, names);
                ps.setString(2, packageTable.name().name());
                try (ResultSet rs = ps.executeQuery()) {
                    readChunk(rs, packageTable, each);
                }
                names.free();
            }
        }
    }

    private static void readChunk(ResultSet rs, VersionTable packageTable, Consumer<Found> each) throws SQLException {
        String schema = null;
        String comment = null;
        List<AppliedRevision> rows = new ArrayList<>();
        while (rs.next()) {
            if (!rs.getString(1).equals(schema)) {
                if (schema != null) {
                    each.accept(found(packageTable, schema, comment, rows));
                }
                schema = rs.getString(1);
                comment = rs.getString(3);
                rows = new ArrayList<>();
            }
            if (rs.getString(4) != null) {
                long millis = rs.getLong(8);
                Long executionMillis = rs.wasNull() ? null : millis;
                String checksum = rs.getString(6);
                rows.add(new AppliedRevision(rs.getString(4), rs.getBoolean(5),
                        checksum == null ? null : checksum.trim(), rs.getObject(7, OffsetDateTime.class),
                        executionMillis, rs.getBoolean(9)));
            }
        }
        if (schema != null) {
            each.accept(found(packageTable, schema, comment, rows));
        }
    }

    private static Found found(VersionTable packageTable, String schema, String comment, List<AppliedRevision> rows) {
        VersionTable table = new VersionTable(new QualifiedName(schema, packageTable.name().name()),
                packageTable.owner());
        try {
            table.requireOwn(comment);
            return new Found(schema, new VersionState(rows), null);
        } catch (RuntimeException e) {
            return new Found(schema, null, e);
        }
    }
}
