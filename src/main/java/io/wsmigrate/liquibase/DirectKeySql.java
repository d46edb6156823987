package io.wsmigrate.liquibase;

import io.wsmigrate.schema.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys, indexes and sequences autogenerate writes, as {@link DirectChangeSql} writes tables:
 * byte for byte what Liquibase generates, for the attributes and values whose output is known
 * exactly; anything else is left to Liquibase. {@code DirectChangeSqlTest} holds each form. Names
 * are written from the entry's text, not through {@link DdlFragments}' table forms: a
 * {@link io.wsmigrate.schema.QualifiedName} leaves out a {@code public} schema the entry names,
 * and Liquibase writes it.
 */
final class DirectKeySql {
    private static final Set<String> FOREIGN_KEY = Set.of("baseTableName", "baseTableSchemaName", "constraintName",
            "baseColumnNames", "referencedTableName", "referencedTableSchemaName", "referencedColumnNames",
            "onDelete", "onUpdate", "deferrable", "initiallyDeferred");
    private static final Set<String> UNIQUE = Set.of("tableName", "schemaName", "columnNames", "constraintName",
            "deferrable", "initiallyDeferred");
    private static final Set<String> INDEX = Set.of("tableName", "schemaName", "indexName", "unique", "columns");
    private static final Set<String> INDEX_COLUMN = Set.of("name", "descending");
    private static final Set<String> SEQUENCE = Set.of("sequenceName", "schemaName", "startValue", "incrementBy",
            "minValue", "maxValue");
    private static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");
    private static final Set<String> DROP_FOREIGN_KEY =
            Set.of("baseTableSchemaName", "baseTableName", "constraintName");
    private static final Set<String> TABLE_CONSTRAINT = Set.of("schemaName", "tableName", "constraintName");
    private static final Set<String> PRIMARY_KEY = Set.of("schemaName", "tableName", "columnNames", "constraintName");
    private static final Set<String> DROP_INDEX = Set.of("schemaName", "tableName", "indexName");
    private static final Set<String> DROP_SEQUENCE = Set.of("schemaName", "sequenceName");
    private static final Set<String> ALTER_SEQUENCE = Set.of("schemaName", "sequenceName", "incrementBy");

    private DirectKeySql() {
    }

    static Optional<List<String>> addForeignKey(Map<String, Object> attributes) {
        if (!FOREIGN_KEY.containsAll(attributes.keySet())) {
            return Optional.empty();
        }
        Optional<String> base = DirectChangeSql.qualified(attributes.get("baseTableSchemaName"),
                attributes.get("baseTableName"));
        Optional<String> referenced = DirectChangeSql.qualified(attributes.get("referencedTableSchemaName"),
                attributes.get("referencedTableName"));
        Optional<String> columns = columnList(attributes.get("baseColumnNames"));
        Optional<String> referencedColumns = columnList(attributes.get("referencedColumnNames"));
        Object onDelete = attributes.get("onDelete");
        Object onUpdate = attributes.get("onUpdate");
        Optional<String> deferral = deferral(attributes);
        if (base.isEmpty() || referenced.isEmpty() || columns.isEmpty() || referencedColumns.isEmpty()
                || !DirectChangeSql.plainName(attributes.get("constraintName")) || deferral.isEmpty()
                || onDelete != null && !ACTIONS.contains(onDelete) || onUpdate != null && !ACTIONS.contains(onUpdate)) {
            return Optional.empty();
        }
        return Optional.of(List.of(addConstraint(base.get(), attributes, "FOREIGN KEY (" + columns.get()
                + ") REFERENCES " + referenced.get() + " (" + referencedColumns.get() + ")"
                + (onUpdate == null ? "" : " ON UPDATE " + onUpdate)
                + (onDelete == null ? "" : " ON DELETE " + onDelete) + deferral.get())));
    }

    static Optional<List<String>> addUnique(Map<String, Object> attributes) {
        if (!UNIQUE.containsAll(attributes.keySet())) {
            return Optional.empty();
        }
        Optional<String> table = DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("tableName"));
        Optional<String> columns = columnList(attributes.get("columnNames"));
        Optional<String> deferral = deferral(attributes);
        if (table.isEmpty() || columns.isEmpty() || deferral.isEmpty()
                || !DirectChangeSql.plainName(attributes.get("constraintName"))) {
            return Optional.empty();
        }
        return Optional.of(List.of(addConstraint(table.get(), attributes,
                "UNIQUE (" + columns.get() + ")" + deferral.get())));
    }

    static Optional<List<String>> createIndex(Map<String, Object> attributes) {
        Object unique = attributes.get("unique");
        if (!INDEX.containsAll(attributes.keySet()) || !DirectChangeSql.plainName(attributes.get("indexName"))
                || unique != null && !(unique instanceof Boolean)
                || !(attributes.get("columns") instanceof List<?> items) || items.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> table = DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("tableName"));
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> wrapper) || wrapper.size() != 1
                    || !(wrapper.get("column") instanceof Map<?, ?> column)
                    || !INDEX_COLUMN.containsAll(column.keySet())
                    || !DirectChangeSql.plainColumnName(column.get("name"))
                    || column.get("descending") != null && !(column.get("descending") instanceof Boolean)) {
                return Optional.empty();
            }
            keys.add(Identifiers.quote((String) column.get("name"))
                    + (Boolean.TRUE.equals(column.get("descending")) ? " DESC" : ""));
        }
        return Optional.of(List.of("CREATE " + (Boolean.TRUE.equals(unique) ? "UNIQUE " : "") + "INDEX "
                + Identifiers.quote((String) attributes.get("indexName")) + " ON " + table.get()
                + "(" + String.join(", ", keys) + ")"));
    }

    static Optional<List<String>> createSequence(Map<String, Object> attributes) {
        if (!SEQUENCE.containsAll(attributes.keySet()) || !whole(attributes.get("startValue"))
                || !whole(attributes.get("incrementBy"))) {
            return Optional.empty();
        }
        Object min = attributes.get("minValue");
        Object max = attributes.get("maxValue");
        Optional<String> name = DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("sequenceName"));
        if (name.isEmpty() || min != null && !whole(min) || max != null && !whole(max)) {
            return Optional.empty();
        }
        return Optional.of(List.of("CREATE SEQUENCE  IF NOT EXISTS " + name.get() + " START WITH "
                + attributes.get("startValue") + " INCREMENT BY " + attributes.get("incrementBy")
                + (min == null ? "" : " MINVALUE " + min) + (max == null ? "" : " MAXVALUE " + max)));
    }

    static Optional<List<String>> dropForeignKey(Map<String, Object> attributes) {
        return DROP_FOREIGN_KEY.containsAll(attributes.keySet())
                ? dropConstraint(attributes.get("baseTableSchemaName"), attributes.get("baseTableName"), attributes)
                : Optional.empty();
    }

    /** {@code dropUniqueConstraint}; {@code dropPrimaryKey} with its name (without, {@link ChangeSql} finds it). */
    static Optional<List<String>> dropNamedConstraint(Map<String, Object> attributes) {
        return TABLE_CONSTRAINT.containsAll(attributes.keySet())
                ? dropConstraint(attributes.get("schemaName"), attributes.get("tableName"), attributes)
                : Optional.empty();
    }

    private static Optional<List<String>> dropConstraint(Object schema, Object table, Map<String, Object> attributes) {
        Optional<String> name = DirectChangeSql.qualified(schema, table);
        if (name.isEmpty() || !DirectChangeSql.plainName(attributes.get("constraintName"))) {
            return Optional.empty();
        }
        return Optional.of(List.of("ALTER TABLE " + name.get() + " DROP CONSTRAINT "
                + Identifiers.quote((String) attributes.get("constraintName"))));
    }

    static Optional<List<String>> addPrimaryKey(Map<String, Object> attributes) {
        if (!PRIMARY_KEY.containsAll(attributes.keySet())) {
            return Optional.empty();
        }
        Optional<String> table = DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("tableName"));
        Optional<String> columns = columnList(attributes.get("columnNames"));
        if (table.isEmpty() || columns.isEmpty() || !DirectChangeSql.plainName(attributes.get("constraintName"))) {
            return Optional.empty();
        }
        return Optional.of(List.of(addConstraint(table.get(), attributes, "PRIMARY KEY (" + columns.get() + ")")));
    }

    /** Liquibase names the index in the table's schema, without the table. */
    static Optional<List<String>> dropIndex(Map<String, Object> attributes) {
        if (!DROP_INDEX.containsAll(attributes.keySet()) || !DirectChangeSql.plainName(attributes.get("tableName"))) {
            return Optional.empty();
        }
        return DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("indexName"))
                .map(index -> List.of("DROP INDEX " + index));
    }

    /** Liquibase drops a sequence with {@code CASCADE}, whatever the entry says. */
    static Optional<List<String>> dropSequence(Map<String, Object> attributes) {
        if (!DROP_SEQUENCE.containsAll(attributes.keySet())) {
            return Optional.empty();
        }
        return DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("sequenceName"))
                .map(sequence -> List.of("DROP SEQUENCE " + sequence + " CASCADE"));
    }

    static Optional<List<String>> alterSequence(Map<String, Object> attributes) {
        if (!ALTER_SEQUENCE.containsAll(attributes.keySet()) || !whole(attributes.get("incrementBy"))) {
            return Optional.empty();
        }
        return DirectChangeSql.qualified(attributes.get("schemaName"), attributes.get("sequenceName"))
                .map(sequence -> List.of("ALTER SEQUENCE " + sequence + " INCREMENT BY "
                        + attributes.get("incrementBy")));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name definition}, the name being the entry's {@code constraintName}. */
    private static String addConstraint(String table, Map<String, Object> attributes, String definition) {
        return "ALTER TABLE " + table + " ADD CONSTRAINT "
                + Identifiers.quote((String) attributes.get("constraintName")) + " " + definition;
    }

    /** Liquibase's comma-separated names, each quoted as it quotes them. */
    private static Optional<String> columnList(Object names) {
        if (!(names instanceof String text)) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String name = item.trim(); // as Liquibase trims: spaces and control characters, not Unicode spaces
            if (!DirectChangeSql.plainColumnName(name) || name.contains("\"")) {
                return Optional.empty();
            }
            columns.add(name);
        }
        return Optional.of(DdlFragments.columnList(columns));
    }

    /** {@code deferrable} and {@code initiallyDeferred} as autogenerate writes them: true, or left out. */
    private static Optional<String> deferral(Map<String, Object> attributes) {
        Object deferrable = attributes.get("deferrable");
        Object deferred = attributes.get("initiallyDeferred");
        if (deferrable != null && !Boolean.TRUE.equals(deferrable)
                || deferred != null && !(Boolean.TRUE.equals(deferred) && deferrable != null)) {
            return Optional.empty();
        }
        return Optional.of((deferrable == null ? "" : " DEFERRABLE") + (deferred == null ? "" : " INITIALLY DEFERRED"));
    }

    /** A whole number as YAML gives it ({@code 50}, {@code -1}), never a text Liquibase would parse. */
    private static boolean whole(Object value) {
        return value instanceof Integer || value instanceof Long;
    }
}
