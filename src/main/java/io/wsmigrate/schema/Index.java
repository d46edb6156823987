package io.wsmigrate.schema;

import java.util.List;

/**
 * An index that is not the backing index of a primary key or unique constraint. {@code predicate}
 * is the WHERE clause of a partial index or null; {@code method} is the access method ({@code btree}
 * unless said otherwise); {@code include} the columns stored but not searched ({@code INCLUDE});
 * {@code nullsNotDistinct} a unique index that counts NULLs as equal (PostgreSQL 15).
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String predicate, String method,
                    List<String> include, boolean nullsNotDistinct) {
    public Index {
        columns = List.copyOf(columns);
        method = method == null || method.isBlank() ? "btree" : method;
        predicate = Column.blankToNull(predicate);
        include = include == null ? List.of() : List.copyOf(include);
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String predicate, String method) {
        this(name, columns, unique, predicate, method, List.of(), false);
    }

    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, java.util.Arrays.stream(columns).map(IndexColumn::asc).toList(), unique, null, null);
    }

    public Index withName(String newName) {
        return new Index(newName, columns, unique, predicate, method, include, nullsNotDistinct);
    }
}
