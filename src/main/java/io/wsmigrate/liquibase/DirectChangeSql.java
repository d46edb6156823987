package io.wsmigrate.liquibase;

import io.wsmigrate.schema.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the change entries autogenerate writes ({@code createTable} and {@code addColumn} with
 * plain columns, drops, renames, {@code NOT NULL}, a {@code sql} entry of one plain statement, and
 * with {@link DirectKeySql} keys, indexes and sequences) written here, byte for byte what Liquibase
 * generates for them, without starting Liquibase (its plugin scan and per-change reflection were
 * most of a cold upgrade's compile time). An entry is taken only when every attribute, name and type spelling is one whose
 * Liquibase output is known exactly; anything else, and any Liquibase setting of its own
 * ({@code LIQUIBASE_*}, {@code liquibase.*}), goes to Liquibase. {@code DirectChangeSqlTest}
 * compares every form taken here with Liquibase's output.
 */
final class DirectChangeSql {
    private static final Set<String> CREATE_TABLE = Set.of("tableName", "schemaName", "columns");
    private static final Set<String> DROP_TABLE = Set.of("tableName", "schemaName", "cascadeConstraints");
    private static final Set<String> COLUMN = Set.of("name", "type", "constraints");
    private static final Set<String> CONSTRAINTS = Set.of("primaryKey", "primaryKeyName", "nullable");
    private static final Set<String> ADD_COLUMN = Set.of("tableName", "schemaName", "columns");
    private static final Set<String> COLUMN_OF_TABLE = Set.of("tableName", "schemaName", "columnName");
    private static final Set<String> NOT_NULL = Set.of("tableName", "schemaName", "columnName", "columnDataType");
    private static final Set<String> RENAME_COLUMN =
            Set.of("tableName", "schemaName", "oldColumnName", "newColumnName");
    private static final Set<String> RENAME_TABLE = Set.of("schemaName", "oldTableName", "newTableName");
    /**
     * What Liquibase's SQL splitter or its changelog parameters could change in a {@code sql} entry,
     * and control characters other than a tab, which its parser refuses.
     */
    private static final Pattern PLAIN_STATEMENT_REFUSED =
            Pattern.compile(";|--|/\\*|\\$|[\\x00-\\x08\\x0A-\\x1F\\x7F]");
    private static final Pattern COLUMN_NAME_LIQUIBASE_READS = Pattern.compile("[()]|(?i)\\s(asc|desc)$");

    /** Type spellings, exactly as written, and what Liquibase 4.33 writes for them on PostgreSQL. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("bigint", "BIGINT"), Map.entry("int8", "BIGINT"),
            Map.entry("integer", "INTEGER"), Map.entry("int", "INTEGER"), Map.entry("int4", "INTEGER"),
            Map.entry("smallint", "SMALLINT"), Map.entry("boolean", "BOOLEAN"), Map.entry("bool", "BOOLEAN"),
            Map.entry("text", "TEXT"), Map.entry("uuid", "UUID"), Map.entry("jsonb", "JSONB"),
            Map.entry("json", "JSON"), Map.entry("date", "date"), Map.entry("bytea", "BYTEA"),
            Map.entry("double precision", "DOUBLE PRECISION"), Map.entry("real", "REAL"),
            Map.entry("numeric", "numeric"), Map.entry("inet", "INET"),
            Map.entry("timestamp", "TIMESTAMP WITHOUT TIME ZONE"),
            Map.entry("timestamptz", "TIMESTAMP WITH TIME ZONE"),
            Map.entry("timestamp with time zone", "TIMESTAMP with time zone"),
            Map.entry("timestamp without time zone", "TIMESTAMP without time zone"));
    private static final String LENGTH = "([1-9][0-9]{0,7})";
    private static final Pattern VARCHAR = Pattern.compile("(?:character varying|varchar)\\(" + LENGTH + "\\)");
    private static final Pattern CHAR = Pattern.compile("(?:character|char)\\(" + LENGTH + "\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\(" + LENGTH + "(?:, ?([0-9]{1,3}))?\\)");
    private static final Pattern TIMESTAMP = Pattern.compile("timestamp\\(([0-6])\\)( with time zone)?");

    private final boolean enabled;

    /** {@code liquibaseSettings}: whether Liquibase has settings of its own here, which could change its output. */
    DirectChangeSql(boolean liquibaseSettings) {
        // Liquibase upper-cases some type names itself; under a locale where "i" does not become "I" leave it to Liquibase
        this.enabled = !liquibaseSettings && "i".toUpperCase().equals("I");
    }

    /**
     * Whether Liquibase has settings of its own: {@code LIQUIBASE_*} in {@code environment} (the
     * process's, as the caller knows it) or {@code liquibase.*} system properties.
     */
    static boolean liquibaseSettingsPresent(Map<String, String> environment) {
        return environment.keySet().stream().anyMatch(key -> key.toUpperCase(Locale.ROOT).startsWith("LIQUIBASE_"))
                || System.getProperties().stringPropertyNames().stream().anyMatch(key -> key.startsWith("liquibase."));
    }

    /** The entry's statements, when this class knows them exactly; empty: ask Liquibase. */
    Optional<List<String>> sql(ChangeEntry entry) {
        if (!enabled) {
            return Optional.empty();
        }
        return switch (entry.type()) {
            case "createTable" -> createTable(entry.attributes());
            case "dropTable" -> dropTable(entry.attributes());
            case "addColumn" -> addColumn(entry.attributes());
            case "addForeignKeyConstraint" -> DirectKeySql.addForeignKey(entry.attributes());
            case "addUniqueConstraint" -> DirectKeySql.addUnique(entry.attributes());
            case "createIndex" -> DirectKeySql.createIndex(entry.attributes());
            case "createSequence" -> DirectKeySql.createSequence(entry.attributes());
            case "alterSequence" -> DirectKeySql.alterSequence(entry.attributes());
            case "dropSequence" -> DirectKeySql.dropSequence(entry.attributes());
            case "addPrimaryKey" -> DirectKeySql.addPrimaryKey(entry.attributes());
            case "dropForeignKeyConstraint" -> DirectKeySql.dropForeignKey(entry.attributes());
            case "dropUniqueConstraint", "dropPrimaryKey" -> DirectKeySql.dropNamedConstraint(entry.attributes());
            case "dropIndex" -> DirectKeySql.dropIndex(entry.attributes());
            case "dropColumn" -> dropColumn(entry.attributes());
            case "addNotNullConstraint" -> notNull(entry.attributes(), "SET NOT NULL");
            case "dropNotNullConstraint" -> notNull(entry.attributes(), "DROP NOT NULL");
            case "renameColumn" -> renameColumn(entry.attributes());
            case "renameTable" -> renameTable(entry.attributes());
            case "sql" -> plainStatement(entry.attributes());
            default -> Optional.empty();
        };
    }

    /**
     * A {@code sql} entry of one plain statement, as autogenerate writes checks, comments and
     * sequence starts: Liquibase trims it and otherwise passes it through. Text its splitter or its
     * parameters could change ({@code ;}, comments, line breaks, dollar quotes, {@code ${...}}) goes
     * to Liquibase, and so does a statement that needs the runner's attention (transaction control,
     * one that cannot run in a transaction block, {@code RESET ALL}): what is written here is plain DDL.
     */
    private static Optional<List<String>> plainStatement(Map<String, Object> attributes) {
        if (attributes.size() != 1 || !(attributes.get("sql") instanceof String text)) {
            return Optional.empty();
        }
        String statement = text.trim();
        if (statement.isEmpty() || statement.length() > ChangeSql.MAX_SQL
                || PLAIN_STATEMENT_REFUSED.matcher(statement).find()
                || ChangeSql.transactionControl(statement).isPresent()
                || ChangeSql.statementRequiresNoTransaction(statement) || ChangeSql.resetsAllSettings(statement)) {
            return Optional.empty();
        }
        return Optional.of(List.of(statement));
    }

    private static Optional<List<String>> dropColumn(Map<String, Object> attributes) {
        Optional<String> table = tableName(attributes, COLUMN_OF_TABLE);
        if (table.isEmpty() || !plainColumnName(attributes.get("columnName"))) {
            return Optional.empty();
        }
        return Optional.of(List.of("ALTER TABLE " + table.get() + " DROP COLUMN "
                + Identifiers.quote((String) attributes.get("columnName"))));
    }

    /** The column's type is only read by Liquibase for other databases; a spelling not known here still goes to it. */
    private static Optional<List<String>> notNull(Map<String, Object> attributes, String action) {
        Optional<String> table = tableName(attributes, NOT_NULL);
        if (table.isEmpty() || !plainColumnName(attributes.get("columnName"))
                || !(attributes.get("columnDataType") instanceof String type) || type(type).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of("ALTER TABLE " + table.get() + " ALTER COLUMN  "
                + Identifiers.quote((String) attributes.get("columnName")) + " " + action));
    }

    private static Optional<List<String>> renameColumn(Map<String, Object> attributes) {
        Optional<String> table = tableName(attributes, RENAME_COLUMN);
        if (table.isEmpty() || !plainColumnName(attributes.get("oldColumnName"))
                || !plainColumnName(attributes.get("newColumnName"))) {
            return Optional.empty();
        }
        return Optional.of(List.of("ALTER TABLE " + table.get() + " RENAME COLUMN "
                + Identifiers.quote((String) attributes.get("oldColumnName")) + " TO "
                + Identifiers.quote((String) attributes.get("newColumnName"))));
    }

    private static Optional<List<String>> renameTable(Map<String, Object> attributes) {
        if (!RENAME_TABLE.containsAll(attributes.keySet()) || !plainName(attributes.get("newTableName"))) {
            return Optional.empty();
        }
        return qualified(attributes.get("schemaName"), attributes.get("oldTableName")).map(table -> List.of(
                "ALTER TABLE " + table + " RENAME TO " + Identifiers.quote((String) attributes.get("newTableName"))));
    }

    private static Optional<List<String>> addColumn(Map<String, Object> attributes) {
        Optional<String> table = tableName(attributes, ADD_COLUMN);
        if (table.isEmpty() || !(attributes.get("columns") instanceof List<?> columns) || columns.isEmpty()) {
            return Optional.empty();
        }
        List<String> statements = new ArrayList<>();
        for (Object item : columns) {
            Optional<Column> column = column(item);
            if (column.isEmpty() || column.get().keyName() != null) {
                return Optional.empty();
            }
            Column c = column.get();
            statements.add("ALTER TABLE " + table.get() + " ADD " + Identifiers.quote(c.name()) + " " + c.type()
                    + (c.nullable() ? "" : " NOT NULL"));
        }
        return Optional.of(statements);
    }

    private static Optional<List<String>> dropTable(Map<String, Object> attributes) {
        Optional<String> table = tableName(attributes, DROP_TABLE);
        Object cascade = attributes.get("cascadeConstraints");
        if (table.isEmpty() || cascade != null && !(cascade instanceof Boolean)) {
            return Optional.empty();
        }
        return Optional.of(List.of("DROP TABLE " + table.get() + (Boolean.TRUE.equals(cascade) ? " CASCADE" : "")));
    }

    private static Optional<List<String>> createTable(Map<String, Object> attributes) {
        Optional<String> table = tableName(attributes, CREATE_TABLE);
        if (table.isEmpty() || !(attributes.get("columns") instanceof List<?> columns) || columns.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        Set<String> keyNames = new java.util.HashSet<>();
        for (Object item : columns) {
            Optional<Column> column = column(item);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            Column c = column.get();
            parts.add(Identifiers.quote(c.name()) + " " + c.type() + (c.nullable() ? "" : " NOT NULL"));
            if (c.keyName() != null) {
                keyColumns.add(Identifiers.quote(c.name()));
                keyNames.add(c.keyName());
            }
        }
        if (keyNames.size() > 1) {
            return Optional.empty();
        }
        if (!keyColumns.isEmpty()) {
            parts.add("CONSTRAINT " + Identifiers.quote(keyNames.iterator().next()) + " PRIMARY KEY ("
                    + String.join(", ", keyColumns) + ")");
        }
        return Optional.of(List.of("CREATE TABLE " + table.get() + " (" + String.join(", ", parts) + ")"));
    }

    /** The table's name as Liquibase writes it, when the entry holds only {@code allowed} attributes. */
    private static Optional<String> tableName(Map<String, Object> attributes, Set<String> allowed) {
        if (!allowed.containsAll(attributes.keySet())) {
            return Optional.empty();
        }
        return qualified(attributes.get("schemaName"), attributes.get("tableName"));
    }

    /** {@code name}, in {@code schema} when one is given, as Liquibase writes it; empty when not plain. */
    static Optional<String> qualified(Object schema, Object name) {
        if (!plainName(name) || schema != null && !plainName(schema)) {
            return Optional.empty();
        }
        String quoted = Identifiers.quote((String) name);
        return Optional.of(schema == null ? quoted : Identifiers.quote((String) schema) + "." + quoted);
    }

    /** A column of a primary key names it ({@code keyName}); Liquibase's own name is left to Liquibase. */
    private record Column(String name, String type, boolean nullable, String keyName) {
    }

    private static Optional<Column> column(Object item) {
        if (!(item instanceof Map<?, ?> wrapper) || wrapper.size() != 1
                || !(wrapper.get("column") instanceof Map<?, ?> column) || !COLUMN.containsAll(column.keySet())
                || !plainColumnName(column.get("name")) || !(column.get("type") instanceof String spelling)) {
            return Optional.empty();
        }
        Optional<String> type = type(spelling);
        Object constraints = column.get("constraints");
        Map<?, ?> rules = constraints == null ? Map.of() : constraints instanceof Map<?, ?> map ? map : null;
        if (type.isEmpty() || rules == null || !CONSTRAINTS.containsAll(rules.keySet())) {
            return Optional.empty();
        }
        Object primaryKey = rules.get("primaryKey");
        Object nullable = rules.get("nullable");
        Object keyName = rules.get("primaryKeyName");
        if (primaryKey != null && !(primaryKey instanceof Boolean) || nullable != null && !(nullable instanceof Boolean)) {
            return Optional.empty();
        }
        boolean key = Boolean.TRUE.equals(primaryKey);
        if (key ? !plainName(keyName) || Boolean.TRUE.equals(nullable) : keyName != null) {
            return Optional.empty();
        }
        return Optional.of(new Column((String) column.get("name"), type.get(), !key && !Boolean.FALSE.equals(nullable),
                key ? (String) keyName : null));
    }

    /** What Liquibase writes for a type spelling, when known exactly. */
    static Optional<String> type(String spelling) {
        String known = TYPES.get(spelling);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher m;
        if ((m = VARCHAR.matcher(spelling)).matches()) {
            return Optional.of("VARCHAR(" + m.group(1) + ")");
        }
        if ((m = CHAR.matcher(spelling)).matches()) {
            return Optional.of("CHAR(" + m.group(1) + ")");
        }
        if ((m = NUMERIC.matcher(spelling)).matches()) {
            return Optional.of("numeric(" + m.group(1) + (m.group(2) == null ? "" : ", " + m.group(2)) + ")");
        }
        if ((m = TIMESTAMP.matcher(spelling)).matches()) {
            return Optional.of("TIMESTAMP(" + m.group(1) + ")" + (m.group(2) == null ? " WITHOUT TIME ZONE" : m.group(2)));
        }
        return Optional.empty();
    }

    /**
     * A column's name Liquibase quotes as it quotes other names: it writes one with a parenthesis
     * as it is (an expression), and takes a last word {@code asc} or {@code desc} in a list for a
     * sort order.
     */
    static boolean plainColumnName(Object name) {
        return plainName(name) && !COLUMN_NAME_LIQUIBASE_READS.matcher((String) name).find();
    }

    /** A name Liquibase passes through unchanged: not blank, no surrounding spaces, no control character. */
    static boolean plainName(Object name) {
        return name instanceof String text && !text.isEmpty() && text.equals(text.strip())
                && text.chars().noneMatch(c -> c < ' ');
    }
}
