package io.wsmigrate.schema;

/** One key of an index: a column name or an expression, and its direction. */
public record IndexColumn(String expression, boolean descending) {
    public static IndexColumn asc(String column) {
        return new IndexColumn(column, false);
    }
}
