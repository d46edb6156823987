package io.wsmigrate.introspect;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Free sequences: those no column owns. A serial's sequence depends on its column with
 * {@code deptype 'a'} (OWNED BY), an identity's with {@code 'i'}; both belong to their column, not
 * to the schema. Sequences an extension created ({@code 'e'}) are left out as well.
 */
final class SequenceReader {
    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS sequence_name, q.seqstart, q.seqincrement
            FROM pg_catalog.pg_sequence q
            JOIN pg_catalog.pg_class c ON c.oid = q.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                                AND (d.deptype = 'e'
                                     OR d.deptype IN ('a', 'i')
                                        AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::regclass))
            ORDER BY n.nspname, c.relname
            """;

    private SequenceReader() {
    }

    static List<Sequence> read(Connection connection, CatalogScope scope, Predicate<QualifiedName> include)
            throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = scope.prepare(connection, SQL.formatted(scope.schemaCondition("n")));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                QualifiedName name = new QualifiedName(rows.getString("schema_name"), rows.getString("sequence_name"));
                if (include.test(name)) {
                    sequences.add(new Sequence(name, rows.getLong("seqstart"), rows.getLong("seqincrement")));
                }
            }
        }
        return sequences;
    }
}
