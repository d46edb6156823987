package io.wsmigrate.schema;

import java.util.Objects;

/**
 * How a generated column computes its value: {@code GENERATED ALWAYS AS (expression) STORED}, or,
 * from PostgreSQL 18, {@code VIRTUAL} (computed when read, {@code stored} false).
 */
public record GeneratedColumn(String expression, boolean stored) {
    public GeneratedColumn {
        Objects.requireNonNull(expression, "expression");
    }

    /** The clause as it follows the column's type in CREATE TABLE or ADD COLUMN. */
    public String sql() {
        return "GENERATED ALWAYS AS (" + expression + ") " + (stored ? "STORED" : "VIRTUAL");
    }
}
