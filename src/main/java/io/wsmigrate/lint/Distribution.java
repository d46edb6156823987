package io.wsmigrate.lint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which tables a Citus cluster spreads over its workers, as lint knows it (from the package's
 * settings, a connected coordinator's metadata, and the revisions' own {@code create_distributed_table}
 * and {@code create_reference_table} calls). A table not named is a plain local table. Table names
 * as {@link DdlParser} reports them: unquoted names in lower case, without {@code public.}.
 */
public record Distribution(Map<String, Placement> tables) {
    public static final Distribution NONE = new Distribution(Map.of());
    private static final String DEFAULT_GROUP = "default";

    public Distribution {
        tables = Map.copyOf(tables);
    }

    /**
     * How one table is placed: a {@code reference} table copied to every node, or a table distributed
     * by {@code column}. {@code colocateWith} is as Citus takes it: a table, {@code none}, or null
     * for {@code default}; {@code group} is the colocation group a coordinator's metadata gives, or null.
     */
    public record Placement(boolean reference, String column, String colocateWith, String group) {
        public static Placement distributed(String column, String colocateWith) {
            return new Placement(false, column, colocateWith, null);
        }

        public static Placement referenceTable() {
            return new Placement(true, null, null, null);
        }

        public boolean isDistributed() {
            return !reference;
        }

        /** {@code distributed by tenant_id} or {@code a reference table}, for messages. */
        String describe() {
            return reference ? "a reference table" : "distributed by " + column;
        }
    }

    /** A table name as lint compares it: {@code public.} left off, unquoted parts in lower case. */
    public static String normalize(String table) {
        String name = table.strip();
        name = name.startsWith("public.") ? name.substring("public.".length()) : name;
        return name.contains("\"") ? name : name.toLowerCase(java.util.Locale.ROOT);
    }

    public Distribution with(String table, Placement placement) {
        Map<String, Placement> next = new LinkedHashMap<>(tables);
        next.put(normalize(table), placement);
        return new Distribution(next);
    }

    public Distribution without(String table) {
        Map<String, Placement> next = new LinkedHashMap<>(tables);
        next.remove(normalize(table));
        return new Distribution(next);
    }

    /** This distribution with {@code other}'s placements added where this one says nothing. */
    public Distribution orElse(Distribution other) {
        Map<String, Placement> next = new LinkedHashMap<>(other.tables);
        next.putAll(tables);
        return new Distribution(next);
    }

    public Optional<Placement> of(String table) {
        return Optional.ofNullable(tables.get(normalize(table)));
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** Whether two distributed tables share their shards' placement, so a foreign key between them works. */
    public boolean colocated(String a, String b) {
        String first = groupOf(normalize(a), new HashSet<>());
        String second = groupOf(normalize(b), new HashSet<>());
        if (first.equals(second)) {
            return true;
        }
        // Citus's default colocates tables whose distribution columns have the same type: a table
        // with the default meets any group the metadata names
        return first.equals(DEFAULT_GROUP) && second.startsWith("group ")
                || second.equals(DEFAULT_GROUP) && first.startsWith("group ");
    }

    private String groupOf(String table, Set<String> seen) {
        Placement placement = tables.get(table);
        if (placement == null || !seen.add(table)) {
            return "local " + table;
        }
        if (placement.group() != null) {
            return "group " + placement.group();
        }
        String with = placement.colocateWith();
        if (with == null || with.equalsIgnoreCase(DEFAULT_GROUP)) {
            return DEFAULT_GROUP;
        }
        if (with.equalsIgnoreCase("none")) {
            return "none " + table;
        }
        return groupOf(normalize(with), seen);
    }
}
