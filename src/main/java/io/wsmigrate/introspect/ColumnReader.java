package io.wsmigrate.introspect;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.GeneratedColumn;
import io.wsmigrate.schema.Identity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Every user column of the tables in scope, in {@code attnum} order. Dropped and system columns
 * are skipped. The default is the raw {@code pg_get_expr} text; a generated column's expression also
 * lives in {@code pg_attrdef} but is not a default: it is the column's {@link GeneratedColumn}
 * ({@code attgenerated} {@code 's'} stored, {@code 'v'} virtual from PostgreSQL 18). A default cannot
 * refer to a column, so it is printed without its table ({@code relid} 0): the same text, minus a
 * table-name lookup per table that costs tens of milliseconds on a fresh connection. A generation
 * expression does refer to columns, so only it is printed with its table. A collation is read only
 * where it differs from the type's default one ({@code attcollation <> typcollation}).
 *
 * <p>From PostgreSQL 18 a NOT NULL is also a named constraint ({@code contype 'n'}), and one added
 * {@code NOT VALID} sets {@code attnotnull} while older rows may still hold nulls: such a column is
 * read as nullable, so that the entities' NOT NULL is still to do ({@code SET NOT NULL} validates it).
 * The constraint's name is not modelled; it stays as the database has it. Before 18 no row is of
 * that kind, so the query is the same on every major.
 */
final class ColumnReader {
    private static final String SQL = """
            SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint nn
                                                WHERE nn.conrelid = a.attrelid AND nn.contype = 'n'
                                                  AND nn.conkey[1] = a.attnum AND NOT nn.convalidated) AS attnotnull,
                   a.attidentity,
                   CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END AS default_sql,
                   a.attgenerated::text AS generated_kind,
                   CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated_sql,
                   (SELECT d.description FROM pg_catalog.pg_description d
                    WHERE d.objoid = a.attrelid AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::regclass
                      AND d.objsubid = a.attnum) AS description,
                   (SELECT co.collname FROM pg_catalog.pg_type t
                    JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                    WHERE t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS collation
            FROM selected s
            JOIN pg_catalog.pg_attribute a ON a.attrelid = s.oid
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;

    private ColumnReader() {
    }

    static void read(Connection connection, CatalogScope scope, Map<Long, TableParts> tables) throws SQLException {
        try (PreparedStatement statement = scope.prepare(connection, scope.selectedTables() + SQL);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong("attrelid"));
                if (table != null) {
                    table.addColumn(new Column(rows.getString("attname"), type(rows.getString("type")),
                            !rows.getBoolean("attnotnull"), rows.getString("default_sql"),
                            identity(rows.getString("attidentity")), rows.getString("description"),
                            generated(rows.getString("generated_kind"), rows.getString("generated_sql")),
                            rows.getString("collation")));
                }
            }
        }
    }

    /**
     * The canonical type. A type whose modifiers are not numbers (PostGIS's
     * {@code geometry(Point,4326)}) cannot be split into base and modifiers, so it is kept whole.
     */
    static ColumnType type(String formatted) {
        try {
            return ColumnType.parse(formatted);
        } catch (IllegalArgumentException notNumericModifiers) {
            return new ColumnType(formatted, List.of(), 0);
        }
    }

    private static GeneratedColumn generated(String kind, String expression) {
        if (expression == null || kind == null || kind.isEmpty()) {
            return null;
        }
        return new GeneratedColumn(expression, !"v".equals(kind));
    }

    private static Identity identity(String code) {
        if ("a".equals(code)) {
            return Identity.ALWAYS;
        }
        return "d".equals(code) ? Identity.BY_DEFAULT : Identity.NONE;
    }
}
