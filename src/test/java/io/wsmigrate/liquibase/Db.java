package io.wsmigrate.liquibase;

import io.wsmigrate.ops.Operation;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** A fresh real database for one test, with helpers to run changes and read the catalog back. */
final class Db implements AutoCloseable {
    private static final String USER_SCHEMAS =
            "nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg_toast%'";

    final Connection connection;
    final ChangeSql changeSql = new ChangeSql();

    private Db(Connection connection) {
        this.connection = connection;
    }

    static Db fresh() throws SQLException {
        return new Db(TestPostgres.connect(TestPostgres.get().freshDatabase()));
    }

    void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Renders the operation, generates its SQL with Liquibase and runs it. */
    List<String> apply(Operation operation) throws SQLException {
        return apply(ChangeRenderer.render(operation));
    }

    List<String> apply(List<ChangeEntry> entries) throws SQLException {
        List<String> statements = changeSql.sql(entries);
        execute(statements.toArray(String[]::new));
        return statements;
    }

    /**
     * Applies the operation, lets {@code effect} check what changed, applies its reverse and
     * asserts that the whole schema is back as it was.
     */
    void roundTrip(Operation operation, Check effect) throws SQLException {
        String before = snapshot();
        apply(operation);
        effect.verify();
        apply(operation.reverse());
        org.assertj.core.api.Assertions.assertThat(snapshot()).as("schema after the reverse of " + operation.describe())
                .isEqualTo(before);
    }

    interface Check {
        void verify() throws SQLException;
    }

    String value(String sql) throws SQLException {
        List<List<String>> rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    List<String> column(String sql) throws SQLException {
        return rows(sql).stream().map(row -> row.get(0)).toList();
    }

    List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** {@code name type [not null] [default ...] [identity a|d] [comment ...]} per column, in table order. */
    List<String> columns(String table) throws SQLException {
        return column("SELECT attname || ' ' || format_type(atttypid, atttypmod)"
                + " || CASE WHEN attnotnull THEN ' not null' ELSE '' END"
                + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                + " || CASE attidentity WHEN '' THEN '' ELSE ' identity ' || attidentity::text END"
                + " || coalesce(' comment ' || col_description(a.attrelid, a.attnum), '')"
                + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attrelid = " + regclass(table) + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
    }

    /** {@code name: definition [not valid]} per constraint of the table, by name. */
    List<String> constraints(String table) throws SQLException {
        return column("SELECT conname || ': ' || pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' ELSE"
                + " ' (not validated)' END FROM pg_constraint WHERE conrelid = " + regclass(table) + " ORDER BY conname");
    }

    List<String> indexes(String table) throws SQLException {
        return column("SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = " + regclass(table)
                + " ORDER BY 1");
    }

    String tableComment(String table) throws SQLException {
        return value("SELECT obj_description(" + regclass(table) + ", 'pg_class')");
    }

    /** Every user table, column, constraint, index and sequence, as text that compares whole schemas. */
    String snapshot() throws SQLException {
        StringJoiner out = new StringJoiner("\n");
        for (List<String> row : rows("SELECT c.oid::regclass::text, obj_description(c.oid, 'pg_class') FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND " + USER_SCHEMAS
                + " ORDER BY 1")) {
            String table = row.get(0);
            out.add("table " + table + " comment " + row.get(1));
            columns(table).stream().sorted().forEach(c -> out.add("  column " + c));
            constraints(table).forEach(c -> out.add("  constraint " + c));
            indexes(table).forEach(i -> out.add("  index " + i));
        }
        rows("SELECT schemaname, sequencename, start_value, increment_by FROM pg_sequences ORDER BY 1, 2")
                .forEach(s -> out.add("sequence " + s));
        return out.toString();
    }

    private static String regclass(String table) {
        return "'" + table.replace("'", "''") + "'::regclass";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
