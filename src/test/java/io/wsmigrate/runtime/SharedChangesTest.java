package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.revision.Revision;
import io.wsmigrate.script.RevisionScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which entries of a revision are the shared schemas' part, and which the tenants'. */
class SharedChangesTest {
    private static final Map<String, Object> SHARED_TABLE =
            Map.of("createTable", Map.of("schemaName", "Common", "tableName", "country"));
    private static final Map<String, Object> TENANT_TABLE = Map.of("createTable", Map.of("tableName", "customer"));
    private static final Map<String, Object> FOREIGN_KEY_TO_SHARED = Map.of("addForeignKeyConstraint",
            Map.of("baseTableName", "customer", "referencedTableSchemaName", "common",
                    "referencedTableName", "country"));
    private static final Map<String, Object> SHARED_FOREIGN_KEY = Map.of("addForeignKeyConstraint",
            Map.of("baseTableSchemaName", "common", "baseTableName", "region", "referencedTableName", "x"));
    private static final Map<String, Object> RAW_SQL = Map.of("sql", Map.of("sql", "UPDATE common.country SET x = 1"));

    private final SharedChanges changes = new SharedChanges(List.of("common"));

    @Test
    void anEntryIsSharedByItsOwnSchemaNotByWhatItReferences() {
        assertThat(changes.isShared(SHARED_TABLE)).as("schema names compare as PostgreSQL folds them").isTrue();
        assertThat(changes.isShared(SHARED_FOREIGN_KEY)).isTrue();
        assertThat(changes.isShared(TENANT_TABLE)).isFalse();
        assertThat(changes.isShared(FOREIGN_KEY_TO_SHARED)).as("a tenant's key to a shared table").isFalse();
        assertThat(changes.isShared(RAW_SQL)).as("raw SQL runs in every tenant").isFalse();
    }

    @Test
    void thePartsSplitTheEntriesAndKeepTheRevisionsChecksum() {
        RevisionScript script = new RevisionScript(Revision.of("r1"), List.of(SHARED_TABLE, TENANT_TABLE,
                FOREIGN_KEY_TO_SHARED), List.of(Map.of("dropTable", Map.of("tableName", "customer")),
                Map.of("dropTable", Map.of("schemaName", "common", "tableName", "country"))), true, "abc", "r1.yaml");

        RevisionScript shared = changes.sharedPart(script);
        RevisionScript tenant = changes.tenantPart(script);

        assertThat(shared.upgrade()).containsExactly(SHARED_TABLE);
        assertThat(shared.downgrade()).hasSize(1);
        assertThat(tenant.upgrade()).containsExactly(TENANT_TABLE, FOREIGN_KEY_TO_SHARED);
        assertThat(tenant.downgrade()).hasSize(1);
        assertThat(shared.checksum()).isEqualTo("abc").isEqualTo(tenant.checksum());
        assertThat(changes.hasShared(script)).isTrue();
        assertThat(changes.hasShared(tenant)).isFalse();
    }
}
