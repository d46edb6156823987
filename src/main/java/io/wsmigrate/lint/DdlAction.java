package io.wsmigrate.lint;

/**
 * What a statement does to a table, as far as safety goes. Table names are normalized: unquoted
 * names lower-cased, the default schema {@code public.} left off.
 */
sealed interface DdlAction {
    String table();

    record CreateTable(String table) implements DdlAction {
    }

    record DropTable(String table) implements DdlAction {
    }

    record CreateIndex(String table, String name, boolean concurrently, boolean unique) implements DdlAction {
    }

    /**
     * {@code rewriteCause} says why adding the column rewrites the table (a volatile default, a
     * serial, identity or stored generated column), or is null when it does not.
     */
    record AddColumn(String table, String column, boolean notNull, boolean hasDefault, String rewriteCause)
            implements DdlAction {
    }

    record AlterColumnType(String table, String column) implements DdlAction {
    }

    record SetNotNull(String table, String column) implements DdlAction {
    }

    record DropColumn(String table, String column) implements DdlAction {
    }

    enum ConstraintKind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE }

    /** {@code notNullColumn}: the column of a {@code CHECK (column IS NOT NULL)}, else null. */
    record AddConstraint(String table, String name, ConstraintKind kind, boolean notValid, boolean usingIndex,
                         String notNullColumn) implements DdlAction {
    }

    record ValidateConstraint(String table, String name) implements DdlAction {
    }
}
