package io.wsmigrate.liquibase;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.sql.SqlExpressions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL statements for what Liquibase's open-source changes cannot say: check constraints,
 * partial or expression indexes, CONCURRENTLY, identity changes, constraints known only by kind.
 */
final class DdlFragments {
    private DdlFragments() {
    }

    static String alterTable(QualifiedName table, String action) {
        return "ALTER TABLE " + table.sql() + " " + action;
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }

    static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + Identifiers.quote(name) + " ";
    }

    /**
     * Liquibase trims remarks, so a comment with surrounding blanks can only be set in SQL;
     * null removes the comment.
     */
    static boolean isTrimmedText(String text) {
        return text == null || text.equals(text.strip());
    }

    static String commentOnTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + table.sql() + " IS " + (comment == null ? "NULL" : Identifiers.literal(comment));
    }

    /**
     * The start value a fresh database's sequence would have; the sequence's current value stays.
     * A start beyond PostgreSQL's default range (up from 1, down from -1) and beyond the old start
     * widens that bound to it, as Hibernate's DDL sets it when it creates the sequence. A bound is
     * never narrowed: PostgreSQL refuses a bound that leaves out the sequence's current value, and
     * a sequence that started at 0 holds 0 until it is used.
     */
    static String sequenceStart(Sequence from, Sequence to) {
        String bound = startBelowDefaultRange(to) && to.start() < from.start() ? " MINVALUE " + to.start()
                : startAboveDefaultRange(to) && to.start() > from.start() ? " MAXVALUE " + to.start() : "";
        return "ALTER SEQUENCE " + to.name().sql() + " START WITH " + to.start() + bound;
    }

    /** An ascending sequence starting at 0 or below, which PostgreSQL's default minimum (1) refuses. */
    static boolean startBelowDefaultRange(Sequence sequence) {
        return sequence.increment() > 0 && sequence.start() < 1;
    }

    /** A descending sequence starting at 0 or above, which PostgreSQL's default maximum (-1) refuses. */
    static boolean startAboveDefaultRange(Sequence sequence) {
        return sequence.increment() < 0 && sequence.start() > -1;
    }

    static String commentOnColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + table.sql() + "." + Identifiers.quote(column) + " IS "
                + (comment == null ? "NULL" : Identifiers.literal(comment));
    }

    static String addCheck(QualifiedName table, CheckConstraint check) {
        return alterTable(table, "ADD " + constraintName(check.name()) + "CHECK ("
                + CheckExpressions.restorable(check.expression()) + ")");
    }

    static String dropConstraint(QualifiedName table, String name) {
        return alterTable(table, "DROP CONSTRAINT " + Identifiers.quote(name));
    }

    static String addPrimaryKey(QualifiedName table, String name, List<String> columns) {
        return alterTable(table, "ADD " + constraintName(name) + "PRIMARY KEY (" + columnList(columns) + ")");
    }

    static String addUnique(QualifiedName table, String name, List<String> columns) {
        return alterTable(table, "ADD " + constraintName(name) + "UNIQUE (" + columnList(columns) + ")");
    }

    static String addForeignKey(QualifiedName table, ForeignKey fk, boolean notValid) {
        StringBuilder sql = new StringBuilder("ADD ").append(constraintName(fk.name()))
                .append("FOREIGN KEY (").append(columnList(fk.columns())).append(") REFERENCES ")
                .append(fk.referencedTable().sql()).append(" (").append(columnList(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        sql.append(Deferral.clause(fk.deferral()));
        if (notValid) {
            sql.append(" NOT VALID");
        }
        return alterTable(table, sql.toString());
    }

    static String createIndex(QualifiedName table, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        sql.append(index.unique() ? "UNIQUE INDEX " : "INDEX ");
        sql.append(concurrently ? "CONCURRENTLY " : "");
        sql.append(index.name() == null ? "" : Identifiers.quote(index.name()) + " ");
        sql.append("ON ").append(table.sql());
        sql.append(index.method().equals("btree") ? "" : " USING " + index.method());
        sql.append(" (").append(index.columns().stream().map(DdlFragments::indexKey).collect(Collectors.joining(", ")));
        sql.append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(columnList(index.include())).append(')');
        }
        sql.append(index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "");
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    static String dropIndex(QualifiedName table, String indexName, boolean concurrently) {
        QualifiedName index = new QualifiedName(table.schema(), indexName);
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + index.sql();
    }

    /** The index keeps its schema, so only the new bare name follows {@code RENAME TO}. */
    static String renameIndex(QualifiedName table, String from, String to) {
        return "ALTER INDEX " + new QualifiedName(table.schema(), from).sql() + " RENAME TO " + Identifiers.quote(to);
    }

    /** A key of an index: a quoted column name, or an expression in parentheses as PostgreSQL needs. */
    static String indexKey(IndexColumn key) {
        String text = isExpression(key) ? parenthesized(key.expression()) : Identifiers.quote(key.expression());
        return key.descending() ? text + " DESC" : text;
    }

    /**
     * Index keys that are expressions: PostgreSQL's {@code pg_get_indexdef} always writes them with
     * parentheses ({@code lower(name)}, {@code ((a + b))}), and a column name never needs one.
     */
    static boolean isExpression(IndexColumn key) {
        return key.expression().indexOf('(') >= 0;
    }

    /** PostgreSQL takes a function call as an index key as it is; any other expression needs parentheses. */
    private static String parenthesized(String expression) {
        String trimmed = expression.trim();
        boolean bare = SqlExpressions.isWhollyParenthesized(trimmed) || SqlExpressions.isFunctionCall(trimmed);
        return bare ? trimmed : "(" + trimmed + ")";
    }

    static String identity(QualifiedName table, String column, Identity from, Identity to) {
        String alterColumn = "ALTER COLUMN " + Identifiers.quote(column) + " ";
        if (to == Identity.NONE) {
            return alterTable(table, alterColumn + "DROP IDENTITY");
        }
        String generated = to == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        if (from == Identity.NONE) {
            return alterTable(table, alterColumn + "ADD GENERATED " + generated + " AS IDENTITY");
        }
        return alterTable(table, alterColumn + "SET GENERATED " + generated);
    }

    /**
     * Moves a new identity sequence past the values already in the column, so that the next
     * insert does not collide with an existing row.
     */
    static String syncIdentitySequence(QualifiedName table, String column) {
        String quoted = Identifiers.quote(column);
        return "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(" + Identifiers.literal(table.sql()) + ", "
                + Identifiers.literal(column) + "), pg_catalog.max(" + quoted + ")) FROM " + table.sql()
                + " HAVING pg_catalog.max(" + quoted + ") IS NOT NULL";
    }

    /**
     * Acts on a constraint whose name is not known (PostgreSQL chose it): finds it in
     * {@code pg_constraint} by kind and columns, then runs {@code action} (e.g.
     * {@code DROP CONSTRAINT %I}) on it, or fails with a message naming what it looked for.
     */
    static String onConstraintByColumns(QualifiedName table, char kind, List<String> columns, String action) {
        String relation = Identifiers.literal(table.sql()) + "::regclass";
        String names = columns.stream().map(Identifiers::literal).collect(Collectors.joining(", "));
        String keys = "ARRAY(SELECT a.attnum FROM pg_catalog.unnest(ARRAY[" + names + "]::text[]) WITH ORDINALITY"
                + " AS k(name, i) JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) " + relation
                + " AND a.attname OPERATOR(pg_catalog.=) k.name ORDER BY k.i)::int2[]";
        String what = switch (kind) {
            case 'p' -> "primary key";
            case 'u' -> "unique constraint";
            case 'f' -> "foreign key";
            case 'c' -> "check constraint";
            default -> "constraint of kind " + kind;
        } + " on " + table + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")");
        String body = " DECLARE found name; BEGIN"
                + " SELECT conname INTO found FROM pg_catalog.pg_constraint WHERE conrelid OPERATOR(pg_catalog.=) "
                + relation + " AND contype OPERATOR(pg_catalog.=) '" + kind + "'"
                + (columns.isEmpty() ? "" : " AND conkey OPERATOR(pg_catalog.=) " + keys) + ";"
                + " IF found IS NULL THEN RAISE EXCEPTION 'no %', " + Identifiers.literal(what) + "; END IF;"
                + " EXECUTE pg_catalog.format("
                + Identifiers.literal("ALTER TABLE " + table.sql().replace("%", "%%") + " " + action)
                + ", found); END ";
        return doBlock(body);
    }

    /** A {@code DO} block running {@code body} (from DECLARE or BEGIN to END), dollar-quoted. */
    static String doBlock(String body) {
        String tag = dollarTag(body);
        return "DO " + tag + body + tag;
    }

    /** A dollar-quote tag that does not occur in the quoted text. */
    static String dollarTag(String body) {
        String tag = "$ws$";
        for (int i = 0; body.contains(tag); i++) {
            tag = "$ws" + i + "$";
        }
        return tag;
    }
}
