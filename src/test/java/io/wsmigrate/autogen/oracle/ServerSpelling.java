package io.wsmigrate.autogen.oracle;

import io.wsmigrate.introspect.CatalogIntrospector;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.GeneratedColumn;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's expressions as a server prints them: each table with a default, a generated column, a
 * check or an index with an expression or predicate is created as a temporary table with the
 * model's columns, inside a transaction that is rolled back, and read back with the printers
 * {@link CatalogIntrospector} uses. This is Atlas's "dev database" way to avoid parsing SQL.
 * A table the server refuses (a type, function or sequence the database does not have yet) keeps
 * the model's own text.
 *
 * <p>Test sources only: measured against the canonicalizer ({@link ExpressionPaths},
 * {@link ExpressionSpeed}), it was as exact on every real model but about ten times dearer, all of
 * it on the server (docs/architecture.md, "Reading SQL"); it stays as the oracle that finds the
 * canonicalizer's blind spots.
 */
public final class ServerSpelling {
    private static final String PREFIX = "ws_migrate_spelling_";
    private static final String READ = """
            SELECT c.relname, 'd' AS kind, a.attname::text AS item,
                   CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0)
                        ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS text
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.oid
            JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname LIKE 'ws\\_migrate\\_spelling\\_%'
            UNION ALL
            SELECT c.relname, 'c', k.conname::text, pg_catalog.pg_get_expr(k.conbin, k.conrelid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_constraint k ON k.conrelid = c.oid AND k.contype = 'c'
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname LIKE 'ws\\_migrate\\_spelling\\_%'
            UNION ALL
            SELECT c.relname, 'p', ic.relname::text, pg_catalog.pg_get_expr(i.indpred, i.indrelid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_index i ON i.indrelid = c.oid
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname LIKE 'ws\\_migrate\\_spelling\\_%'
              AND i.indpred IS NOT NULL
            UNION ALL
            SELECT c.relname, 'k', ic.relname::text || ' ' || k.position,
                   pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, true)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_index i ON i.indrelid = c.oid
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
            WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname LIKE 'ws\\_migrate\\_spelling\\_%'
              AND k.attnum = 0
            """;

    private ServerSpelling() {
    }

    /**
     * The model with every expression as the server behind {@code connection} prints it. The
     * connection's transaction state is left as it was: nothing of this stays in the database.
     */
    public static SchemaModel of(Connection connection, SchemaModel model) {
        List<Table> tables = model.tables();
        List<Integer> loaded = new ArrayList<>();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            Savepoint start = autoCommit ? null : connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                if (!createAll(statement, tables, loaded)) {
                    rollback(connection, start);
                    start = autoCommit ? null : connection.setSavepoint();
                    createEach(connection, statement, tables, loaded);
                }
                Map<String, String> printed = loaded.isEmpty() ? Map.of() : read(statement);
                List<Table> result = new ArrayList<>(tables);
                loaded.forEach(i -> result.set(i, respelt(tables.get(i), PREFIX + i, printed)));
                return new SchemaModel(result, model.sequences(), model.enumTypes(), model.distributions());
            } finally {
                rollback(connection, start);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the server how it prints the model's expressions: "
                    + e.getMessage(), e);
        }
    }

    /** Every table in one round trip; false when the server refused one of them. */
    private static boolean createAll(Statement statement, List<Table> tables, List<Integer> loaded) {
        StringBuilder sql = new StringBuilder();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String ddl = ddl(tables.get(i), PREFIX + i);
            if (ddl != null) {
                sql.append(ddl);
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return true;
        }
        try {
            statement.execute(sql.toString());
            loaded.addAll(candidates);
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    /** One table at a time, each behind a savepoint, keeping those the server accepts. */
    private static void createEach(Connection connection, Statement statement, List<Table> tables, List<Integer> loaded)
            throws SQLException {
        for (int i = 0; i < tables.size(); i++) {
            String ddl = ddl(tables.get(i), PREFIX + i);
            if (ddl == null) {
                continue;
            }
            Savepoint before = connection.setSavepoint();
            try {
                statement.execute(ddl);
                connection.releaseSavepoint(before);
                loaded.add(i);
            } catch (SQLException refused) {
                connection.rollback(before);
            }
        }
    }

    private static void rollback(Connection connection, Savepoint start) throws SQLException {
        if (start == null) {
            connection.rollback();
        } else {
            connection.rollback(start);
        }
    }

    /** CREATE TEMP TABLE with the expressions, and its expression indexes; null when it has none. */
    static String ddl(Table table, String name) {
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (Column column : table.columns()) {
            StringBuilder part = new StringBuilder(Identifiers.quote(column.name())).append(' ').append(column.type().sql());
            if (column.generated() != null) {
                part.append(' ').append(column.generated().sql());
                any = true;
            } else if (column.defaultExpression() != null) {
                part.append(" DEFAULT ").append(column.defaultExpression());
                any = true;
            }
            parts.add(part.toString());
        }
        for (int c = 0; c < table.checks().size(); c++) {
            parts.add("CONSTRAINT c" + c + " CHECK (" + table.checks().get(c).expression() + ")");
            any = true;
        }
        StringBuilder sql = new StringBuilder("CREATE TEMP TABLE ").append(name).append(" (")
                .append(String.join(", ", parts)).append(");\n");
        for (int x = 0; x < table.indexes().size(); x++) {
            Index index = table.indexes().get(x);
            if (hasExpression(table, index)) {
                sql.append("CREATE INDEX ").append(name).append("_i").append(x).append(" ON ").append(name)
                        .append(" USING ").append(index.method()).append(" (")
                        .append(String.join(", ", index.columns().stream().map(c -> key(table, c)).toList()))
                        .append(')').append(index.predicate() == null ? "" : " WHERE " + index.predicate())
                        .append(";\n");
                any = true;
            }
        }
        return any ? sql.toString() : null;
    }

    private static boolean hasExpression(Table table, Index index) {
        return index.predicate() != null
                || index.columns().stream().anyMatch(c -> table.column(c.expression()).isEmpty());
    }

    private static String key(Table table, IndexColumn column) {
        return table.column(column.expression()).isPresent()
                ? Identifiers.quote(column.expression()) : "(" + column.expression() + ")";
    }

    private static Map<String, String> read(Statement statement) throws SQLException {
        Map<String, String> printed = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(READ)) {
            while (rows.next()) {
                printed.put(rows.getString(1) + ' ' + rows.getString(2) + ' ' + rows.getString(3), rows.getString(4));
            }
        }
        return printed;
    }

    private static Table respelt(Table table, String name, Map<String, String> printed) {
        List<Column> columns = table.columns().stream().map(c -> respelt(c, printed.get(name + " d " + c.name())))
                .toList();
        List<CheckConstraint> checks = new ArrayList<>();
        for (int c = 0; c < table.checks().size(); c++) {
            CheckConstraint check = table.checks().get(c);
            checks.add(new CheckConstraint(check.name(), printed.getOrDefault(name + " c c" + c, check.expression())));
        }
        List<Index> indexes = new ArrayList<>();
        for (int x = 0; x < table.indexes().size(); x++) {
            Index index = table.indexes().get(x);
            indexes.add(hasExpression(table, index) ? respelt(table, index, name + "_i" + x, name, printed) : index);
        }
        return table.withColumns(columns).withChecks(checks).withIndexes(indexes);
    }

    private static Column respelt(Column column, String text) {
        if (text == null) {
            return column;
        }
        return column.generated() != null
                ? column.withGenerated(new GeneratedColumn(text, column.generated().stored()))
                : column.withDefault(text);
    }

    private static Index respelt(Table table, Index index, String indexName, String name, Map<String, String> printed) {
        List<IndexColumn> keys = new ArrayList<>();
        for (int k = 0; k < index.columns().size(); k++) {
            IndexColumn key = index.columns().get(k);
            String text = table.column(key.expression()).isPresent() ? null
                    : printed.get(name + " k " + indexName + " " + (k + 1));
            keys.add(text == null ? key : new IndexColumn(text, key.descending()));
        }
        String predicate = index.predicate() == null ? null
                : printed.getOrDefault(name + " p " + indexName, index.predicate());
        return new Index(index.name(), keys, index.unique(), predicate, index.method(), index.include(),
                index.nullsNotDistinct());
    }
}
