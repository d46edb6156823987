package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every form {@link DirectChangeSql} writes itself is byte for byte what Liquibase generates for
 * it; every form it does not know exactly goes to Liquibase.
 */
class DirectChangeSqlTest {
    private static final DirectChangeSql DIRECT = new DirectChangeSql(false);
    private static final List<String> TYPES = List.of("bigint", "int8", "integer", "int", "int4", "smallint",
            "boolean", "bool", "text", "uuid", "jsonb", "json", "date", "bytea", "double precision", "real", "numeric",
            "inet", "timestamp", "timestamptz", "timestamp with time zone", "timestamp without time zone",
            "character varying(1)", "character varying(255)", "varchar(20)", "varchar(10485760)", "character(1)",
            "char(3)", "numeric(10)", "numeric(38,2)", "numeric(10, 2)", "numeric(38,0)", "timestamp(0)",
            "timestamp(6)", "timestamp(3) with time zone", "timestamp(6) with time zone");
    private static final List<String> NAMES = List.of("offer", "user", "order", "MixedCase", "we\"ird", "ABC",
            "has space", "1st", "café", "system_user");

    private final ChangeSql liquibase = new ChangeSql();

    @Test
    void everyTypeSpellingTakenIsWhatLiquibaseWrites() {
        for (String type : TYPES) {
            assertSameAsLiquibase(createTable(null, "t", column("c", type, Map.of())));
            assertSameAsLiquibase(createTable(null, "t", column("c", type, Map.of("nullable", false))));
        }
    }

    @Test
    void namesSchemasAndPrimaryKeysAreWhatLiquibaseWrites() {
        for (String name : NAMES) {
            for (String schema : new String[] {null, "s", name}) {
                assertSameAsLiquibase(createTable(schema, name,
                        column(name, "bigint", Map.of("primaryKey", true, "primaryKeyName", name + "_pkey", "nullable", false)),
                        column("x" + name, "character varying(100)", Map.of("nullable", true))));
                assertSameAsLiquibase(createTable(schema, name,
                        column("a", "int", Map.of("primaryKey", true, "primaryKeyName", name)),
                        column("b", "text", Map.of("primaryKey", true, "primaryKeyName", name)),
                        column(name, "uuid", Map.of("primaryKey", false, "nullable", false))));
                for (Object cascade : new Object[] {null, true, false}) {
                    Map<String, Object> drop = new LinkedHashMap<>();
                    drop.put("tableName", name);
                    if (schema != null) {
                        drop.put("schemaName", schema);
                    }
                    if (cascade != null) {
                        drop.put("cascadeConstraints", cascade);
                    }
                    assertSameAsLiquibase(ChangeEntry.of("dropTable", drop));
                }
            }
        }
    }

    @Test
    void keysIndexesSequencesColumnsAndPlainStatementsAreWhatLiquibaseWrites() {
        for (String name : NAMES) {
            // a column list's name with a double quote in it is left to Liquibase (below)
            String listed = name.contains("\"") ? "a" : name;
            for (String schema : new String[] {null, "s", name}) {
                for (String[] deferral : new String[][] {{}, {"deferrable", "true"}, {"deferrable", "true",
                        "initiallyDeferred", "true"}}) {
                    for (String action : new String[] {null, "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT",
                            "NO ACTION"}) {
                        Map<String, Object> key = entry("baseTableName", name, "constraintName", name + "_fk",
                                "baseColumnNames", listed + ", b", "referencedTableName", "ref",
                                "referencedColumnNames", "x,y");
                        putIf(key, "baseTableSchemaName", schema);
                        putIf(key, "referencedTableSchemaName", schema == null ? null : name);
                        putIf(key, "onDelete", action);
                        putIf(key, "onUpdate", action == null ? null : "RESTRICT");
                        deferral(key, deferral);
                        assertSameAsLiquibase(ChangeEntry.of("addForeignKeyConstraint", key));
                    }
                    Map<String, Object> unique = entry("tableName", name, "columnNames", "a," + listed,
                            "constraintName", name + "_key");
                    putIf(unique, "schemaName", schema);
                    deferral(unique, deferral);
                    assertSameAsLiquibase(ChangeEntry.of("addUniqueConstraint", unique));
                }
                for (Object uniqueIndex : new Object[] {null, true, false}) {
                    Map<String, Object> index = entry("tableName", name, "indexName", name + "_idx", "columns",
                            List.of(Map.of("column", Map.of("name", name)),
                                    Map.of("column", Map.of("name", "b", "descending", true)),
                                    Map.of("column", Map.of("name", "c", "descending", false))));
                    putIf(index, "schemaName", schema);
                    putIf(index, "unique", uniqueIndex);
                    assertSameAsLiquibase(ChangeEntry.of("createIndex", index));
                }
                for (long[] numbers : new long[][] {{1, 50}, {1000, 1}, {0, 1, 0}, {-10, 50, -10},
                        {5, -1, 5, 1}, {9223372036854775807L, 1}}) {
                    Map<String, Object> sequence = entry("sequenceName", name + "_seq", "startValue", numbers[0],
                            "incrementBy", (int) numbers[1]);
                    putIf(sequence, "schemaName", schema);
                    putIf(sequence, numbers.length == 4 ? "maxValue" : "minValue",
                            numbers.length > 2 ? numbers[2] : null);
                    assertSameAsLiquibase(ChangeEntry.of("createSequence", sequence));
                }
                for (String type : TYPES) {
                    Map<String, Object> add = entry("tableName", name, "columns",
                            List.of(column(name, type, Map.of()), column("n", type, Map.of("nullable", false))));
                    putIf(add, "schemaName", schema);
                    assertSameAsLiquibase(ChangeEntry.of("addColumn", add));
                }
            }
        }
        for (String statement : List.of("ALTER TABLE t ADD CONSTRAINT c CHECK ((STATUS in ('OPEN','CLOSED')))",
                "  COMMENT ON TABLE \"Order\" IS 'it''s'  ", "ALTER SEQUENCE s START WITH 1000 MINVALUE 0",
                "select\t1  from x", "UPDATE t SET a = 'x' WHERE b <> 'y'")) {
            assertSameAsLiquibase(ChangeEntry.sql(statement));
        }
    }

    @Test
    void dropsRenamesAndNullabilityAreWhatLiquibaseWrites() {
        for (String name : NAMES) {
            String listed = name.contains("\"") ? "a" : name;
            for (String schema : new String[] {null, "s", name}) {
                List<Map<String, Object>> forms = new ArrayList<>();
                forms.add(typed("dropForeignKeyConstraint", "baseTableSchemaName", schema, "baseTableName", name,
                        "constraintName", name + "_fk"));
                for (String type : new String[] {"dropUniqueConstraint", "dropPrimaryKey"}) {
                    forms.add(typed(type, "schemaName", schema, "tableName", name, "constraintName", name));
                }
                forms.add(typed("addPrimaryKey", "schemaName", schema, "tableName", name, "columnNames",
                        listed + ",b", "constraintName", name + "_pkey"));
                forms.add(typed("dropIndex", "schemaName", schema, "tableName", "t", "indexName", name));
                forms.add(typed("dropSequence", "schemaName", schema, "sequenceName", name));
                forms.add(typed("alterSequence", "schemaName", schema, "sequenceName", name, "incrementBy", -20));
                forms.add(typed("dropColumn", "schemaName", schema, "tableName", name, "columnName", name));
                for (String type : TYPES) {
                    forms.add(typed("addNotNullConstraint", "schemaName", schema, "tableName", name,
                            "columnName", name, "columnDataType", type));
                    forms.add(typed("dropNotNullConstraint", "schemaName", schema, "tableName", "t",
                            "columnName", name, "columnDataType", type));
                }
                forms.add(typed("renameColumn", "schemaName", schema, "tableName", name, "oldColumnName", name,
                        "newColumnName", name + "2"));
                forms.add(typed("renameTable", "schemaName", schema, "oldTableName", name, "newTableName", "x" + name));
                for (Map<String, Object> form : forms) {
                    String type = (String) form.remove("type");
                    form.values().removeIf(java.util.Objects::isNull);
                    assertSameAsLiquibase(ChangeEntry.of(type, form));
                }
            }
        }
    }

    @Test
    void formsNotKnownExactlyGoToLiquibase() {
        List<ChangeEntry> unknown = new ArrayList<>();
        for (String type : List.of("integer ", "character varying(100) ", "Integer", "text[]", "money", "serial",
                "interval", "varchar", "varchar(0)", "numeric(10,2)[]", "datetime", "\"char\"")) {
            unknown.add(createTable(null, "t", column("c", type, Map.of())));
        }
        // Liquibase's own primary key name, a nullable key column, two key names, attributes not written here
        unknown.add(createTable(null, "t", column("id", "bigint", Map.of("primaryKey", true))));
        unknown.add(createTable(null, "t", column("id", "bigint", Map.of("primaryKey", true, "primaryKeyName", "k",
                "nullable", true))));
        unknown.add(createTable(null, "t", column("a", "bigint", Map.of("primaryKey", true, "primaryKeyName", "k")),
                column("b", "bigint", Map.of("primaryKey", true, "primaryKeyName", "other"))));
        unknown.add(createTable(null, "t", column("c", "text", Map.of("unique", true))));
        unknown.add(createTable(null, " t", column("c", "text", Map.of())));
        unknown.add(createTable("", "t", column("c", "text", Map.of())));
        unknown.add(ChangeEntry.of("createTable", Map.of("tableName", "t", "remarks", "r",
                "columns", List.of(Map.of("column", Map.of("name", "c", "type", "text"))))));
        unknown.add(ChangeEntry.of("createTable", Map.of("tableName", "t", "columns", List.of(
                Map.of("column", Map.of("name", "c", "type", "text", "defaultValue", "x"))))));
        unknown.add(ChangeEntry.of("createTable", Map.of("tableName", "t", "columns", List.of())));
        unknown.add(ChangeEntry.of("dropTable", Map.of("tableName", "t", "cascadeConstraints", "true")));
        unknown.add(ChangeEntry.of("dropTable", Map.of("tableName", "t", "dbms", "postgresql")));
        unknown.add(ChangeEntry.of("addColumn", Map.of("tableName", "t")));
        unknown.add(ChangeEntry.of("addColumn", Map.of("tableName", "t", "columns", List.of(
                Map.of("column", Map.of("name", "c", "type", "text", "defaultValue", "x"))))));
        unknown.add(ChangeEntry.of("addColumn", Map.of("tableName", "t", "columns", List.of(
                column("id", "bigint", Map.of("primaryKey", true, "primaryKeyName", "k"))))));
        // statements Liquibase would split or expand, or the runner must read
        for (String statement : List.of("select 1;", "select 1; select 2", "select 1 -- note", "select /* x */ 1",
                "select 1\nfrom x", "select '${x}'", "DO $$ BEGIN END $$", "COMMIT", "BEGIN", "RESET ALL",
                "CREATE INDEX CONCURRENTLY i ON t (a)", "VACUUM t", "   ")) {
            unknown.add(ChangeEntry.sql(statement));
        }
        unknown.add(ChangeEntry.of("sql", Map.of("sql", "select 1", "splitStatements", false)));
        unknown.add(ChangeEntry.of("sql", Map.of("sql", "select 1", "dbms", "postgresql")));
        Map<String, Object> fk = entry("baseTableName", "a", "constraintName", "fk", "baseColumnNames", "x",
                "referencedTableName", "b", "referencedColumnNames", "id");
        for (Object[] extra : new Object[][] {{"onDelete", "cascade"}, {"onDelete", "SET  NULL"}, {"validate", false},
                {"deferrable", false}, {"initiallyDeferred", true}, {"deferrable", "true"},
                {"referencedColumnNames", "id,"}, {"baseColumnNames", "\"x\""}, {"constraintName", null}}) {
            Map<String, Object> key = new LinkedHashMap<>(fk);
            if (extra[1] == null) {
                key.remove(extra[0]);
            } else {
                key.put((String) extra[0], extra[1]);
            }
            unknown.add(ChangeEntry.of("addForeignKeyConstraint", key));
        }
        unknown.add(ChangeEntry.of("addUniqueConstraint", entry("tableName", "t", "columnNames", "a")));
        unknown.add(ChangeEntry.of("addUniqueConstraint", entry("tableName", "t", "columnNames", "a",
                "constraintName", "k", "tablespace", "x")));
        unknown.add(ChangeEntry.of("createIndex", entry("tableName", "t", "indexName", "i", "columns",
                List.of(Map.of("column", Map.of("name", "lower(a)", "computed", true))))));
        unknown.add(ChangeEntry.of("createIndex", entry("tableName", "t", "indexName", "i", "where", "a",
                "columns", List.of(Map.of("column", Map.of("name", "a"))))));
        unknown.add(ChangeEntry.of("createIndex", entry("tableName", "t", "indexName", "i", "columns", List.of())));
        unknown.add(ChangeEntry.of("createSequence", entry("sequenceName", "s", "startValue", "1", "incrementBy", 1)));
        unknown.add(ChangeEntry.of("createSequence", entry("sequenceName", "s", "startValue", 1, "incrementBy", 1,
                "cycle", true)));
        // what Liquibase reads in a column's name: an expression, a sort order (found by review)
        unknown.add(ChangeEntry.of("createIndex", entry("tableName", "users", "indexName", "i", "columns",
                List.of(Map.of("column", Map.of("name", "lower(email)"))))));
        unknown.add(ChangeEntry.of("addForeignKeyConstraint", entry("baseTableName", "t", "constraintName", "fk",
                "baseColumnNames", "a desc", "referencedTableName", "r", "referencedColumnNames", "id")));
        unknown.add(ChangeEntry.of("addUniqueConstraint", entry("tableName", "t", "columnNames", "a, b ASC",
                "constraintName", "uq")));
        unknown.add(createTable(null, "t", column("f(x)", "text", Map.of())));
        // Liquibase trims a list's names of spaces and control characters, not of other Unicode spaces
        unknown.add(ChangeEntry.of("addUniqueConstraint", entry("tableName", "t", "columnNames", "a,\u3000b",
                "constraintName", "uq")));
        unknown.add(ChangeEntry.of("dropColumn", entry("tableName", "t", "columnName", "c\u000b")));
        // more than the limit on a sql entry, and a control character Liquibase's parser refuses
        unknown.add(ChangeEntry.sql("select '" + "x".repeat(ChangeSql.MAX_SQL) + "'"));
        unknown.add(ChangeEntry.sql("select\u000b1"));
        unknown.add(ChangeEntry.sql("select 1\u007f"));
        unknown.add(ChangeEntry.of("dropPrimaryKey", entry("tableName", "t")));
        unknown.add(ChangeEntry.of("dropIndex", entry("indexName", "i")));
        unknown.add(ChangeEntry.of("dropSequence", entry("sequenceName", "s", "cascade", true)));
        unknown.add(ChangeEntry.of("alterSequence", entry("sequenceName", "s", "incrementBy", 1, "cycle", true)));
        unknown.add(ChangeEntry.of("alterSequence", entry("sequenceName", "s", "minValue", 1)));
        unknown.add(ChangeEntry.of("addNotNullConstraint", entry("tableName", "t", "columnName", "c",
                "columnDataType", "bigint", "defaultNullValue", "0")));
        unknown.add(ChangeEntry.of("addNotNullConstraint", entry("tableName", "t", "columnName", "c")));
        unknown.add(ChangeEntry.of("addNotNullConstraint", entry("tableName", "t", "columnName", "c",
                "columnDataType", "text[]")));
        unknown.add(ChangeEntry.of("addPrimaryKey", entry("tableName", "t", "columnNames", "a", "constraintName", "k",
                "forIndexName", "i")));
        unknown.add(ChangeEntry.of("renameColumn", entry("tableName", "t", "oldColumnName", "a", "newColumnName", "b",
                "columnDataType", "text")));
        unknown.add(ChangeEntry.of("renameTable", entry("oldTableName", "a", "newTableName", " b")));
        for (ChangeEntry entry : unknown) {
            assertThat(DIRECT.sql(entry)).as("%s", entry).isEmpty();
            assertThat(liquibase.needsLiquibase(entry)).as("%s", entry).isTrue();
        }
    }

    @Test
    void liquibaseSettingsOfItsOwnLeaveEverythingToLiquibase() {
        ChangeEntry entry = createTable(null, "t", column("c", "text", Map.of()));
        assertThat(DIRECT.sql(entry)).isPresent();
        assertThat(new DirectChangeSql(true).sql(entry)).isEmpty();
        assertThat(new ChangeSql().inEnvironment(Map.of("LIQUIBASE_CONVERT_DATA_TYPES", "false")).needsLiquibase(entry))
                .isTrue();
        assertThat(new ChangeSql().inEnvironment(Map.of("PATH", "/usr/bin")).needsLiquibase(entry)).isFalse();
    }

    private void assertSameAsLiquibase(ChangeEntry entry) {
        Optional<List<String>> direct = DIRECT.sql(entry);
        assertThat(direct).as("taken directly: %s", entry).isPresent();
        assertThat(direct.get()).as("%s", entry).isEqualTo(liquibase.liquibaseSql(entry, null));
        assertThat(liquibase.sql(entry)).isEqualTo(direct.get());
    }

    /** An entry's attributes under their type's key {@code type}, those with a null value left out later. */
    private static Map<String, Object> typed(String type, Object... keysAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return attributes;
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return attributes;
    }

    private static void putIf(Map<String, Object> attributes, String key, Object value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }

    private static void deferral(Map<String, Object> attributes, String... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put(keysAndValues[i], Boolean.valueOf(keysAndValues[i + 1]));
        }
    }

    private static ChangeEntry createTable(String schema, String table, Map<?, ?>... columns) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (schema != null) {
            attributes.put("schemaName", schema);
        }
        attributes.put("tableName", table);
        attributes.put("columns", List.of(columns));
        return ChangeEntry.of("createTable", attributes);
    }

    private static Map<String, Object> column(String name, String type, Map<String, Object> constraints) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("type", type);
        if (!constraints.isEmpty()) {
            column.put("constraints", new LinkedHashMap<>(constraints));
        }
        return Map.of("column", column);
    }
}
