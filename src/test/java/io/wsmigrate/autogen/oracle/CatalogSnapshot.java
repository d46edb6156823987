package io.wsmigrate.autogen.oracle;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database's schema as PostgreSQL's catalog states it, one line per fact, for comparing two
 * databases: columns in their physical order with their exact types (modifiers included), NOT NULL,
 * defaults, identity and generation (stored or virtual); constraints and indexes as {@code pg_get_constraintdef}/{@code pg_get_indexdef}
 * print them (so column order counts); sequences. Constraint and index names are left out where
 * PostgreSQL chooses them (primary keys, unique and check constraints), and ws-migrate's version tables are skipped.
 */
public final class CatalogSnapshot {
    private static final String NOT_OURS = "c.relname not like 'ws\\_migrate\\_%' and n.nspname not in"
            + " ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'";
    private static final String COLUMNS = """
            select n.nspname || '.' || c.relname || ' #' || lpad(a.attnum::text, 3, '0') || ' ' || a.attname || ' '
                   || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                   || case when a.attidentity <> '' then ' identity ' || a.attidentity::text else '' end
                   || case when a.attgenerated <> '' then ' generated ' || a.attgenerated::text else '' end
            from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and %s
            """;
    private static final String CONSTRAINTS = """
            select n.nspname || '.' || c.relname || ' ' || k.contype::text || ' '
                   || case when k.contype = 'f' then k.conname || ' ' else '' end || pg_get_constraintdef(k.oid)
            from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
            where %s
            """;
    private static final String INDEXES = """
            select n.nspname || '.' || c.relname || ' ' || pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
            where not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)
              and %s
            """;
    private static final String SEQUENCES = """
            select n.nspname || '.' || c.relname || ' start ' || s.seqstart || ' increment ' || s.seqincrement
            from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
            where %s
            """;

    private CatalogSnapshot() {
    }

    public static List<String> of(DatabaseSettings database) {
        List<String> lines = new ArrayList<>();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            for (String query : List.of(COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES)) {
                List<String> part = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(query.formatted(NOT_OURS))) {
                    while (rows.next()) {
                        part.add(rows.getString(1));
                    }
                }
                part.sort(null);
                lines.addAll(part);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog: " + e.getMessage(), e);
        }
        return lines;
    }
}
