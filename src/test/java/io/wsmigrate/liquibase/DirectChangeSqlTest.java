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
