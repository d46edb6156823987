package io.wsmigrate.introspect;

import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indexes of the tables in scope that no primary key, unique or exclusion constraint owns
 * ({@code conindid} of those kinds; a foreign key's {@code conindid} names the referenced key's
 * index, hence the kind filter).
 * A key is its column's name as stored when it is a plain column ({@code indkey} not 0), else the
 * expression as {@code pg_get_indexdef(index, position, true)} prints it. Only the first
 * {@code indnkeyatts} entries are keys; INCLUDE columns follow them. Bit 0 of {@code indoption} is
 * DESC. {@code indnullsnotdistinct} exists from PostgreSQL 15 on, hence read through {@code to_jsonb},
 * which gives null before.
 */
final class IndexReader {
    private static final String SQL = """
            SELECT i.indrelid, ic.relname AS index_name, i.indisunique, am.amname,
                   pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   ARRAY(SELECT CASE WHEN k.attnum <> 0 THEN a.attname::text
                                     ELSE pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, true) END
                         FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.position <= i.indnkeyatts
                         ORDER BY k.position) AS keys,
                   ARRAY(SELECT (o.option OPERATOR(pg_catalog.&) 1) = 1
                         FROM pg_catalog.unnest(i.indoption::int2[]) WITH ORDINALITY AS o(option, position)
                         WHERE o.position <= i.indnkeyatts
                         ORDER BY o.position) AS descending,
                   ARRAY(SELECT a.attname::text
                         FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.position > i.indnkeyatts
                         ORDER BY k.position) AS include,
                   coalesce((pg_catalog.to_jsonb(i) OPERATOR(pg_catalog.->>) 'indnullsnotdistinct')::boolean, false)
                       AS nulls_not_distinct
            FROM selected s
            JOIN pg_catalog.pg_index i ON i.indrelid = s.oid
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            WHERE i.indexrelid NOT IN (SELECT c.conindid FROM pg_catalog.pg_constraint c
                                       WHERE c.contype IN ('p', 'u', 'x'))
            ORDER BY i.indrelid, ic.relname
            """;

    private IndexReader() {
    }

    static void read(Connection connection, CatalogScope scope, Map<Long, TableParts> tables) throws SQLException {
        try (PreparedStatement statement = scope.prepare(connection, scope.selectedTables() + SQL);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong("indrelid"));
                if (table != null) {
                    table.addIndex(new Index(rows.getString("index_name"), keys(rows), rows.getBoolean("indisunique"),
                            rows.getString("predicate"), rows.getString("amname"),
                            List.of((String[]) rows.getArray("include").getArray()),
                            rows.getBoolean("nulls_not_distinct")));
                }
            }
        }
    }

    private static List<IndexColumn> keys(ResultSet row) throws SQLException {
        String[] expressions = (String[]) row.getArray("keys").getArray();
        Boolean[] descending = (Boolean[]) row.getArray("descending").getArray();
        List<IndexColumn> keys = new ArrayList<>(expressions.length);
        for (int i = 0; i < expressions.length; i++) {
            keys.add(new IndexColumn(expressions[i], descending[i]));
        }
        return keys;
    }
}
