package io.wsmigrate.introspect;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary keys, unique constraints, foreign keys and checks of the tables in scope: one row per
 * key column pair ({@code ROWS FROM (unnest(conkey), unnest(confkey)) WITH ORDINALITY} keeps the key
 * order; the two-array {@code unnest(conkey, confkey)} it stands for has no schema-qualified form),
 * one row per check, folded per constraint in a map. Deferrability is {@code condeferrable}/{@code condeferred}.
 *
 * <p>{@code conparentid = 0} drops the copies PostgreSQL adds for each partition of a referenced
 * partitioned table. Only these four kinds are read, so PostgreSQL 18's NOT NULL constraints
 * (kind {@code n}) never appear. A check's expression is {@code pg_get_expr(conbin)}: exactly the
 * text {@code pg_get_constraintdef} prints inside {@code CHECK (...)}, without the
 * {@code NOT VALID}, {@code NO INHERIT} or {@code NOT ENFORCED} suffixes it may append.
 */
final class ConstraintReader {
    private static final String SQL = """
            SELECT c.oid, c.conrelid, c.conname, c.contype, a.attname AS column_name,
                   rn.nspname AS referenced_schema, rt.relname AS referenced_table,
                   ra.attname AS referenced_column, c.confdeltype, c.confupdtype, c.condeferrable, c.condeferred,
                   CASE WHEN c.contype = 'c' THEN pg_catalog.pg_get_expr(c.conbin, c.conrelid) END AS check_sql
            FROM selected s
            JOIN pg_catalog.pg_constraint c ON c.conrelid = s.oid
            LEFT JOIN LATERAL ROWS FROM (pg_catalog.unnest(CASE WHEN c.contype <> 'c' THEN c.conkey END),
                                         pg_catalog.unnest(c.confkey))
                 WITH ORDINALITY AS k(attnum, referenced_attnum, position) ON true
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
            LEFT JOIN pg_catalog.pg_class rt ON rt.oid = c.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
            LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.referenced_attnum
            WHERE c.contype IN ('p', 'u', 'f', 'c') AND c.conparentid OPERATOR(pg_catalog.=) 0
            ORDER BY c.conrelid, c.conname, c.oid, k.position
            """;

    private ConstraintReader() {
    }

    static void read(Connection connection, CatalogScope scope, Map<Long, TableParts> tables) throws SQLException {
        Map<Long, PendingConstraint> constraints = new LinkedHashMap<>();
        try (PreparedStatement statement = scope.prepare(connection, scope.selectedTables() + SQL);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getLong("conrelid"));
                if (table != null) {
                    long oid = rows.getLong("oid");
                    PendingConstraint constraint = constraints.get(oid);
                    if (constraint == null) {
                        constraint = new PendingConstraint(table, rows);
                        constraints.put(oid, constraint);
                    }
                    constraint.addKeyPair(rows.getString("column_name"), rows.getString("referenced_column"));
                }
            }
        }
        constraints.values().forEach(PendingConstraint::addToTable);
    }

    /** One constraint while its key rows arrive. */
    private static final class PendingConstraint {
        private final TableParts table;
        private final String name;
        private final String kind;
        private final QualifiedName referencedTable;
        private final ReferentialAction onDelete;
        private final ReferentialAction onUpdate;
        private final String check;
        private final Deferral deferral;
        private final List<String> columns = new ArrayList<>();
        private final List<String> referencedColumns = new ArrayList<>();

        PendingConstraint(TableParts table, ResultSet row) throws SQLException {
            this.table = table;
            name = row.getString("conname");
            kind = row.getString("contype");
            String referenced = row.getString("referenced_table");
            referencedTable = referenced == null ? null : new QualifiedName(row.getString("referenced_schema"), referenced);
            onDelete = action(row.getString("confdeltype"));
            onUpdate = action(row.getString("confupdtype"));
            check = row.getString("check_sql");
            deferral = Deferral.of(row.getBoolean("condeferrable"), row.getBoolean("condeferred"));
        }

        void addKeyPair(String column, String referencedColumn) {
            if (column != null) {
                columns.add(column);
            }
            if (referencedColumn != null) {
                referencedColumns.add(referencedColumn);
            }
        }

        void addToTable() {
            switch (kind) {
                case "p" -> table.setPrimaryKey(new PrimaryKey(name, columns, deferral));
                case "u" -> table.addUniqueConstraint(new UniqueConstraint(name, columns, deferral));
                case "f" -> table.addForeignKey(new ForeignKey(name, columns, referencedTable, referencedColumns,
                        onDelete, onUpdate, deferral));
                default -> table.addCheck(new CheckConstraint(name, check));
            }
        }

        /** {@code pg_constraint.confdeltype} / {@code confupdtype} codes; blank for all but foreign keys. */
        private static ReferentialAction action(String code) {
            return switch (code == null ? "" : code) {
                case "r" -> ReferentialAction.RESTRICT;
                case "c" -> ReferentialAction.CASCADE;
                case "n" -> ReferentialAction.SET_NULL;
                case "d" -> ReferentialAction.SET_DEFAULT;
                default -> ReferentialAction.NO_ACTION;
            };
        }
    }
}
