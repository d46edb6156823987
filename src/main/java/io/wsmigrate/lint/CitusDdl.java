package io.wsmigrate.lint;

import java.util.List;

/**
 * What a statement does that matters on a Citus cluster: its distribution calls, the keys, foreign
 * keys and identity columns it declares, the types it changes, the volatile functions of an UPDATE.
 * Table and column names as {@link DdlNames} reports them.
 */
sealed interface CitusDdl {
    String table();

    /** {@code create_distributed_table(table, column[, colocate_with])}; {@code colocateWith} null for the default. */
    record Distribute(String table, String column, String colocateWith) implements CitusDdl {
    }

    record Reference(String table) implements CitusDdl {
    }

    /** {@code undistribute_table(table)}: a plain local table again. */
    record Undistribute(String table) implements CitusDdl {
    }

    /** A primary key, unique or exclusion constraint, or unique index: {@code kind} names it; columns as written. */
    record Key(String table, String kind, List<String> columns) implements CitusDdl {
        public Key {
            columns = List.copyOf(columns);
        }
    }

    /** {@code referencedColumns} is empty when the statement leaves them to the referenced table's primary key. */
    record ForeignKey(String table, List<String> columns, String referenced, List<String> referencedColumns)
            implements CitusDdl {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    record Identity(String table, String column) implements CitusDdl {
    }

    record TypeChange(String table, String column) implements CitusDdl {
    }

    /** An UPDATE of {@code table} that calls the volatile {@code function}. */
    record VolatileUpdate(String table, String function) implements CitusDdl {
    }
}
