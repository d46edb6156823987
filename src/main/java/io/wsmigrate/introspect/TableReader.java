package io.wsmigrate.introspect;

import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The tables in scope with their comments: the keys every other query's rows attach to, so a row
 * of a table left out here (filtered, or created by an extension such as PostGIS) is dropped there.
 */
final class TableReader {
    private static final String SQL = """
            SELECT s.oid, s.schema_name, s.table_name,
                   (SELECT d.description FROM pg_catalog.pg_description d
                    WHERE d.objoid = s.oid AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::regclass
                      AND d.objsubid = 0)
                       AS description
            FROM selected s
            WHERE s.oid NOT IN (SELECT e.objid FROM pg_catalog.pg_depend e
                                WHERE e.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::regclass
                                  AND e.deptype = 'e')
            """;

    private TableReader() {
    }

    /** The tables that pass {@code include}, by their {@code pg_class} oid. */
    static Map<Long, TableParts> read(Connection connection, CatalogScope scope, Predicate<QualifiedName> include)
            throws SQLException {
        Map<Long, TableParts> tables = new HashMap<>();
        try (PreparedStatement statement = scope.prepare(connection, scope.selectedTables() + SQL);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                QualifiedName name = new QualifiedName(rows.getString("schema_name"), rows.getString("table_name"));
                if (include.test(name)) {
                    tables.put(rows.getLong("oid"), new TableParts(name, rows.getString("description")));
                }
            }
        }
        return tables;
    }
}
