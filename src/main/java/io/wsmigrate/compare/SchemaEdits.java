package io.wsmigrate.compare;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import io.wsmigrate.sql.SqlLexer;
import io.wsmigrate.sql.SqlSyntaxException;
import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.SqlToken.Kind;
import java.util.List;

/**
 * Renames applied to model values the way PostgreSQL applies them to the catalog: a renamed column
 * is renamed in every key, index, CHECK and foreign key that uses it, a renamed table in every
 * foreign key that points at it.
 */
final class SchemaEdits {
    private SchemaEdits() {
    }

    static Table renameColumn(Table table, String from, String to) {
        PrimaryKey key = table.primaryKey();
        return table
                .withColumns(table.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList())
                .withPrimaryKey(key == null ? null : new PrimaryKey(key.name(), rename(key.columns(), from, to)))
                .withUniqueConstraints(table.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(u.name(), rename(u.columns(), from, to))).toList())
                .withIndexes(table.indexes().stream().map(i -> renameInIndex(i, from, to)).toList())
                .withChecks(table.checks().stream()
                        .map(c -> new CheckConstraint(c.name(), renameInExpression(c.expression(), from, to))).toList())
                .withForeignKeys(table.foreignKeys().stream().map(f -> withColumns(f, rename(f.columns(), from, to),
                        f.referencedTable(), f.referencedColumns())).toList());
    }

    /** Renames a column of {@code referenced} in the foreign keys of {@code table} that point at it. */
    static Table renameReferencedColumn(Table table, QualifiedName referenced, String from, String to) {
        return table.withForeignKeys(table.foreignKeys().stream()
                .map(f -> f.referencedTable().equals(referenced)
                        ? withColumns(f, f.columns(), referenced, rename(f.referencedColumns(), from, to)) : f)
                .toList());
    }

    static Table renameReferencedTable(Table table, QualifiedName from, QualifiedName to) {
        return table.withForeignKeys(table.foreignKeys().stream()
                .map(f -> f.referencedTable().equals(from) ? withColumns(f, f.columns(), to, f.referencedColumns()) : f)
                .toList());
    }

    /** Replaces references to column {@code from} in SQL text, leaving function and type names alone. */
    static String renameInExpression(String sql, String from, String to) {
        if (sql == null) {
            return null;
        }
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(sql);
        } catch (SqlSyntaxException unreadable) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            boolean names = (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_IDENTIFIER)
                    && token.text().equals(from);
            boolean isType = i > 0 && tokens.get(i - 1).isOperator("::");
            boolean isFunction = i + 1 < tokens.size() && tokens.get(i + 1).isPunctuation("(");
            if (names && !isType && !isFunction) {
                out.append(sql, copied, token.start()).append(Identifiers.quote(to));
                copied = token.end();
            }
        }
        return out.append(sql.substring(copied)).toString();
    }

    private static Index renameInIndex(Index index, String from, String to) {
        List<IndexColumn> columns = index.columns().stream()
                .map(c -> new IndexColumn(c.expression().equals(from) ? to
                        : renameInExpression(c.expression(), from, to), c.descending()))
                .toList();
        return new Index(index.name(), columns, index.unique(), renameInExpression(index.predicate(), from, to),
                index.method(), rename(index.include(), from, to), index.nullsNotDistinct());
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private static ForeignKey withColumns(ForeignKey key, List<String> columns, QualifiedName referenced,
                                          List<String> referencedColumns) {
        return new ForeignKey(key.name(), columns, referenced, referencedColumns, key.onDelete(), key.onUpdate());
    }
}
