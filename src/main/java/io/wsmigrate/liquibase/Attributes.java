package io.wsmigrate.liquibase;

import io.wsmigrate.schema.QualifiedName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the ordered attribute map of one change; null values are left out. */
final class Attributes {
    private final Map<String, Object> map = new LinkedHashMap<>();

    static Attributes create() {
        return new Attributes();
    }

    Attributes put(String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    /** Puts {@code value} only when {@code condition} holds, e.g. {@code unique: true}. */
    Attributes putIf(boolean condition, String key, Object value) {
        return condition ? put(key, value) : this;
    }

    /** {@code schemaName} (left out for the default schema) and {@code tableName}. */
    Attributes table(QualifiedName table) {
        return table("schemaName", "tableName", table);
    }

    /** A qualified name under the given attribute names, e.g. {@code baseTableSchemaName}. */
    Attributes table(String schemaKey, String nameKey, QualifiedName table) {
        putIf(!table.isDefaultSchema(), schemaKey, table.schema());
        return put(nameKey, table.name());
    }

    /** A list of column configurations: {@code [{column: {...}}, ...]}. */
    static List<Object> columns(List<Map<String, Object>> columns) {
        return columns.stream().<Object>map(c -> Map.of("column", c)).toList();
    }

    Map<String, Object> build() {
        return map;
    }

    ChangeEntry entry(String type) {
        return new ChangeEntry(type, map);
    }
}
