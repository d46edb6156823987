package io.wsmigrate.config;

import io.wsmigrate.config.CitusSettings.DistributedTable;
import io.wsmigrate.config.Section.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code migrations.citus}: every error names the file, line and key, and
 * what to write instead. Colocation must name a table the same section distributes, without cycles.
 */
final class CitusBinder {
    private static final List<String> KEYS = List.of("distributed", "reference");
    private static final List<String> TABLE_KEYS = List.of("column", "colocate_with");
    /** {@code name} or {@code schema.name}, unquoted identifiers as PostgreSQL reads them. */
    private static final Pattern TABLE_NAME = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_$]*\\.)?[\\p{L}_][\\p{L}\\p{N}_$]*");
    private static final Pattern COLUMN_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");
    private static final String EXAMPLE = "orders: {column: tenant_id, colocate_with: tenants}";

    private CitusBinder() {
    }

    static CitusSettings bind(Section section) {
        section.requireOnly(KEYS);
        Section distributedSection = section.section("distributed");
        List<DistributedTable> distributed = new ArrayList<>();
        Map<String, Origin> origins = new HashMap<>();
        for (String key : distributedSection.keys()) {
            DistributedTable table = distributedTable(distributedSection, key);
            if (origins.put(table.table(), distributedSection.origin(key)) != null) {
                throw ConfigException.at(distributedSection.origin(key), distributedSection.keyPath(key),
                        "names the table " + table.table() + " a second time; keep one entry");
            }
            distributed.add(table);
        }
        List<String> reference = reference(section, origins.keySet());
        checkColocation(distributedSection, distributed);
        return new CitusSettings(distributed, reference);
    }

    /** {@code table: column} or {@code table: {column: c, colocate_with: other}}. */
    private static DistributedTable distributedTable(Section section, String key) {
        String table = tableName(key, section.origin(key), section.keyPath(key));
        if (section.node(key) == null) {
            throw ConfigException.at(section.origin(key), section.keyPath(key), "has no distribution column; write "
                    + key + ": tenant_id, or " + key + ": {column: tenant_id}");
        }
        if (!(section.node(key) instanceof ConfigNode.MapValue)) {
            return new DistributedTable(table, column(section, key), null);
        }
        Section map = section.section(key);
        map.requireOnly(TABLE_KEYS);
        String column = map.requiredText("column", key + ": {column: tenant_id} under migrations.citus.distributed:");
        checkColumn(column, map, "column");
        String colocate = map.text("colocate_with");
        if (colocate != null) {
            colocate = colocate.isBlank() ? null : CitusSettings.normalize(colocate);
            if (colocate == null) {
                throw ConfigException.at(map.origin("colocate_with"), map.keyPath("colocate_with"), "is empty; name"
                        + " a distributed table, or write none for a colocation group of its own");
            }
            // Citus's own word for what leaving it out does: the default group of the column's type
            colocate = colocate.equals(CitusSettings.COLOCATE_DEFAULT) ? null : colocate;
        }
        return new DistributedTable(table, CitusSettings.normalize(column), colocate);
    }

    private static String column(Section section, String key) {
        String column = section.text(key);
        checkColumn(column, section, key);
        return CitusSettings.normalize(column);
    }

    private static void checkColumn(String column, Section section, String key) {
        if (!COLUMN_NAME.matcher(column.strip()).matches()) {
            throw ConfigException.at(section.origin(key), section.keyPath(key), "is '" + column + "', not a column"
                    + " name; write the distribution column, e.g. " + EXAMPLE);
        }
    }

    private static String tableName(String name, Origin origin, String keyPath) {
        if (!TABLE_NAME.matcher(name.strip()).matches()) {
            throw ConfigException.at(origin, keyPath, "is not a table name; write name or schema.name");
        }
        return CitusSettings.normalize(name);
    }

    private static List<String> reference(Section section, Set<String> distributed) {
        List<String> tables = new ArrayList<>();
        for (Item item : section.items("reference")) {
            if (item.text() == null) {
                throw ConfigException.at(item.origin(), item.keyPath(), "must be a table name, not a map;"
                        + " write reference: [countries, currencies]");
            }
            String table = tableName(item.text(), item.origin(), item.keyPath());
            if (distributed.contains(table)) {
                throw ConfigException.at(item.origin(), item.keyPath(), "names " + table + ", which"
                        + " migrations.citus.distributed already distributes; a table is distributed or a"
                        + " reference table, not both");
            }
            if (tables.contains(table)) {
                throw ConfigException.at(item.origin(), item.keyPath(), "names " + table + " a second time;"
                        + " keep one entry");
            }
            tables.add(table);
        }
        return tables;
    }

    /** Every {@code colocate_with} names another distributed table, and following them never loops. */
    private static void checkColocation(Section section, List<DistributedTable> tables) {
        Map<String, DistributedTable> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.table(), t));
        for (String key : section.keys()) {
            DistributedTable table = byName.get(CitusSettings.normalize(key));
            String target = table.colocateWith();
            if (target == null || target.equals(CitusSettings.COLOCATE_NONE)) {
                continue;
            }
            Section map = section.section(key);
            if (target.equals(table.table())) {
                throw ConfigException.at(map.origin("colocate_with"), map.keyPath("colocate_with"),
                        "names the table itself; name another distributed table, or none");
            }
            if (!byName.containsKey(target)) {
                throw ConfigException.at(map.origin("colocate_with"), map.keyPath("colocate_with"), "names "
                        + target + ", which migrations.citus.distributed does not distribute; add it there, e.g. "
                        + target + ": tenant_id, or write none (a group of its own) or default (Citus's default group)");
            }
            Set<String> seen = new HashSet<>(List.of(table.table()));
            for (DistributedTable next = byName.get(target); next != null; next = byName.get(next.colocateWith())) {
                if (!seen.add(next.table())) {
                    throw ConfigException.at(map.origin("colocate_with"), map.keyPath("colocate_with"), "makes a"
                            + " colocation loop through " + next.table() + "; let one of them colocate with none");
                }
            }
        }
    }
}
