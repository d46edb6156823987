package io.wsmigrate.introspect;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Enum types, with their labels in sort order and the types they have implicit I/O casts to and
 * from in both directions (what Hibernate creates with a named enum). Types an extension created
 * are left out: they are the extension's.
 */
final class EnumReader {
    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.typname AS type_name,
                   ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e
                         WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
                   ARRAY(SELECT pg_catalog.format_type(c.castsource, NULL) FROM pg_catalog.pg_cast c
                         WHERE c.casttarget = t.oid AND c.castmethod = 'i' AND c.castcontext = 'i'
                           AND EXISTS (SELECT 1 FROM pg_catalog.pg_cast b
                                       WHERE b.castsource = t.oid AND b.casttarget = c.castsource
                                         AND b.castmethod = 'i' AND b.castcontext = 'i')) AS casts
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND %s
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::regclass AND d.objid = t.oid
                                AND d.deptype = 'e')
            ORDER BY n.nspname, t.typname
            """;

    private EnumReader() {
    }

    static List<EnumType> read(Connection connection, CatalogScope scope, Predicate<QualifiedName> include)
            throws SQLException {
        List<EnumType> types = new ArrayList<>();
        try (PreparedStatement statement = scope.prepare(connection, SQL.formatted(scope.schemaCondition("n")));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                QualifiedName name = new QualifiedName(rows.getString("schema_name"), rows.getString("type_name"));
                if (include.test(name)) {
                    List<String> casts = strings(rows.getArray("casts")).stream()
                            .map(type -> ColumnType.parse(type).sql()).toList();
                    types.add(new EnumType(name, strings(rows.getArray("labels")), casts));
                }
            }
        }
        return types;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
