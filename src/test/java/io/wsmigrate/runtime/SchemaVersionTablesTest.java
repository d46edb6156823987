package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The version tables of many tenant schemas, read together: each exactly as reading it alone gives it. */
@ExtendWith(DropsDatabases.class)
class SchemaVersionTablesTest {
    private static final VersionTable PACKAGE_TABLE = VersionTable.named("ws_migrate_com_example_shop",
            "com.example.shop");

    @Test
    void eachSchemaReadsAsItsOwnTableWouldInTheOrderGiven() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection c = TestPostgres.connect(db)) {
            tableIn(c, "tenant_b");
            c.createStatement().execute("INSERT INTO tenant_b.ws_migrate_com_example_shop VALUES"
                    + " ('a1', false, NULL, '2026-01-01T10:00:00Z', NULL, true),"
                    + " ('b2', true, '" + "0".repeat(64) + "', '2026-01-01T11:00:00.123456Z', 42, false)");
            tableIn(c, "tenant_a"); // no rows: at base
            c.createStatement().execute("CREATE SCHEMA tenant_c"); // a schema without a version table
            tableIn(c, "tenant_e");
            c.createStatement().execute("COMMENT ON TABLE tenant_e.ws_migrate_com_example_shop IS"
                    + " 'ws-migrate version table of package com.example.other'");
            List<String> schemas = List.of("tenant_b", "tenant_a", "tenant_c", "tenant_d", "tenant_e");

            List<SchemaVersionTables.Found> found = new ArrayList<>();
            SchemaVersionTables.read(c, PACKAGE_TABLE, schemas, found::add);

            assertThat(found).extracting(SchemaVersionTables.Found::schema).containsExactlyElementsOf(schemas);
            for (SchemaVersionTables.Found one : found.subList(0, 4)) {
                assertThat(one.stateOrThrow()).as(one.schema()).isEqualTo(aloneIn(c, one.schema()).read(c));
            }
            assertThat(found.get(0).stateOrThrow().heads()).containsExactly("b2");
            assertThat(found.get(0).stateOrThrow().rows().get(0).executionMillis()).isNull();
            assertThat(found.get(0).stateOrThrow().rows().get(1).executionMillis()).isEqualTo(42L);
            assertThat(found.get(1).stateOrThrow()).isEqualTo(VersionState.EMPTY);
            assertThat(found.get(2).stateOrThrow()).isEqualTo(VersionState.EMPTY);
            assertThatThrownBy(found.get(4)::stateOrThrow).isInstanceOf(WsMigrateException.class)
                    .hasMessageContaining("belongs to package com.example.other");
        }
    }

    @Test
    void moreSchemasThanOneQueryTakesAreReadInChunks() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection c = TestPostgres.connect(db)) {
            List<String> schemas = IntStream.rangeClosed(1, SchemaVersionTables.CHUNK + 3)
                    .mapToObj(i -> "tenant_" + i).toList();
            tableIn(c, "tenant_" + (SchemaVersionTables.CHUNK + 2));
            c.createStatement().execute("INSERT INTO tenant_" + (SchemaVersionTables.CHUNK + 2)
                    + ".ws_migrate_com_example_shop (version_num, is_head) VALUES ('a1', true)");

            List<SchemaVersionTables.Found> found = new ArrayList<>();
            SchemaVersionTables.read(c, PACKAGE_TABLE, schemas, found::add);

            assertThat(found).extracting(SchemaVersionTables.Found::schema).containsExactlyElementsOf(schemas);
            assertThat(found.get(SchemaVersionTables.CHUNK + 1).stateOrThrow().heads()).containsExactly("a1");
            assertThat(found.get(SchemaVersionTables.CHUNK + 2).stateOrThrow()).isEqualTo(VersionState.EMPTY);
        }
    }

    private static void tableIn(Connection c, String schema) throws Exception {
        c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        for (String sql : aloneIn(c, schema).createStatements()) {
            c.createStatement().execute(sql);
        }
    }

    private static VersionTable aloneIn(Connection c, String schema) {
        return new VersionTable(new QualifiedName(schema, PACKAGE_TABLE.name().name()), PACKAGE_TABLE.owner());
    }
}
