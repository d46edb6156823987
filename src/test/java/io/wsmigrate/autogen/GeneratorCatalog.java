package io.wsmigrate.autogen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the catalog says about how columns get their values, as sorted lines: every column's type,
 * default, identity kind and generated expression, and every sequence with its type, options and
 * owner (OWNED BY or identity). Two databases print the same lines when a migration and Hibernate's
 * own DDL left the same generators behind; a sequence's current value is left out.
 */
final class GeneratorCatalog {
    private static final String COLUMNS = """
            SELECT format('column %s.%s %s default %s identity %s generated %s %s',
                          c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                          CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                          a.attidentity::text, a.attgenerated::text,
                          CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT LIKE 'ws\\_migrate%'
            """;
    private static final String SEQUENCES = """
            SELECT format('sequence %s as %s start %s increment %s min %s max %s cache %s cycle %s owned %s',
                          c.relname, s.seqtypid::regtype, s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                          s.seqcache, s.seqcycle,
                          (SELECT d.deptype::text || ' ' || t.relname || '.' || a.attname FROM pg_depend d
                           JOIN pg_class t ON t.oid = d.refobjid
                           JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                           WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                             AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            """;

    private GeneratorCatalog() {
    }

    static String describe(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : List.of(COLUMNS, SEQUENCES)) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
        }
        return String.join("\n", lines.stream().sorted().toList()) + "\n";
    }
}
