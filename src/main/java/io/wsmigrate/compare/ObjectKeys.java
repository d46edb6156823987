package io.wsmigrate.compare;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What identifies each kind of object when the two sides are matched: its structure, never its
 * name, because names are often chosen by PostgreSQL or Hibernate rather than by the user.
 */
final class ObjectKeys {
    private ObjectKeys() {
    }

    static String unique(UniqueConstraint unique) {
        return String.join(",", unique.columns());
    }

    /**
     * Columns (or expressions) with direction, uniqueness, access method, predicate and INCLUDE.
     * NULLS NOT DISTINCT is left out: Hibernate cannot write it validly (it appends options after
     * the key list, where PostgreSQL wants them before), so the database's choice stands.
     */
    static String index(Table table, Index index) {
        String columns = index.columns().stream().map(c -> indexColumn(table, c)).collect(Collectors.joining(", "));
        String predicate = Normalizer.expression(index.predicate());
        return (index.unique() ? "unique " : "") + index.method().toLowerCase(Locale.ROOT) + " (" + columns + ")"
                + (index.include().isEmpty() ? "" : " include (" + String.join(", ", index.include()) + ")")
                + (predicate == null ? "" : " where " + predicate);
    }

    static String indexColumn(Table table, IndexColumn column) {
        String key = isColumn(table, column.expression())
                ? Identifiers.quote(column.expression()) : Normalizer.expression(column.expression());
        return column.descending() ? key + " desc" : key;
    }

    /** True when the index key is a plain column of the table rather than an expression. */
    static boolean isColumn(Table table, String expression) {
        return table.column(expression).isPresent();
    }

    /** True when the index is what a UNIQUE constraint on exactly these columns would have built. */
    static boolean isPlainUniqueIndex(Table table, Index index, List<String> columns) {
        if (!index.unique() || index.predicate() != null || !index.method().equalsIgnoreCase("btree")
                || !index.include().isEmpty()
                || index.columns().size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            IndexColumn key = index.columns().get(i);
            if (key.descending() || !isColumn(table, key.expression()) || !key.expression().equals(columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Columns, referenced table and referenced columns; the actions are compared separately. */
    static String foreignKey(ForeignKey key) {
        return String.join(",", key.columns()) + " -> " + key.referencedTable() + "("
                + String.join(",", key.referencedColumns()) + ")";
    }

    static String check(CheckConstraint check) {
        return Normalizer.expression(check.expression());
    }

    /** The objects in the order of their keys (stable for equal keys): the order they are named in. */
    static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
