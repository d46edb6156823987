package io.wsmigrate.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code migrations.citus} section: how the package's tables are spread over a Citus cluster.
 * {@code distributed} tables are sharded by a column, optionally colocated with another distributed
 * table ({@code colocateWith} is a table of {@code distributed}, {@code none} for a colocation group
 * of its own, or null for Citus's default, which the settings may write {@code default}); {@code reference} tables are copied to every node. A
 * table named in neither stays a plain local table. Table names are {@code name} or
 * {@code schema.name}, compared as PostgreSQL folds unquoted names (lower case).
 */
public record CitusSettings(List<DistributedTable> distributed, List<String> reference) {
    public static final CitusSettings NONE = new CitusSettings(List.of(), List.of());
    /** The {@code colocate_with} value that gives the table a colocation group of its own. */
    public static final String COLOCATE_NONE = "none";
    /** The {@code colocate_with} value for Citus's default group, as when it is left out; read as null. */
    public static final String COLOCATE_DEFAULT = "default";

    public CitusSettings {
        distributed = List.copyOf(distributed == null ? List.of() : distributed);
        reference = List.copyOf(reference == null ? List.of() : reference);
    }

    /** Whether the settings distribute nothing: the package runs as on plain PostgreSQL. */
    public boolean isEmpty() {
        return distributed.isEmpty() && reference.isEmpty();
    }

    /** The settings of {@code table} ({@code name} or {@code schema.name}) if it is distributed. */
    public Optional<DistributedTable> distributedTable(String table) {
        String key = normalize(table);
        return distributed.stream().filter(d -> d.table().equals(key)).findFirst();
    }

    public boolean isReference(String table) {
        return reference.contains(normalize(table));
    }

    /** A table name as the settings keep it: stripped, unquoted parts in lower case. */
    public static String normalize(String table) {
        return table.strip().toLowerCase(Locale.ROOT);
    }

    /** A table sharded by {@code column}; {@code colocateWith} as in {@link CitusSettings}. */
    public record DistributedTable(String table, String column, String colocateWith) {
        public DistributedTable {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }
}
