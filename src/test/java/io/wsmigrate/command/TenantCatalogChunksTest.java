package io.wsmigrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fleet check's tenant catalogs, read a chunk at a time and let go once the chunk is compared. */
class TenantCatalogChunksTest {
    @TempDir
    Path dir;

    @Test
    void eachTenantGetsItsOwnCatalogAndAChunkIsDroppedOnceAllItsTenantsWereHandedOut() {
        TestProject test = TestProject.create(dir);
        List<String> tenants = IntStream.range(0, 5).mapToObj(i -> "tenant_" + i).toList();
        for (int i = 0; i < tenants.size(); i++) {
            test.execute("CREATE SCHEMA " + tenants.get(i) + "; CREATE TABLE " + tenants.get(i) + ".only_" + i
                    + " (id int PRIMARY KEY)");
        }
        test.execute("CREATE SCHEMA common; CREATE TABLE common.country (code text PRIMARY KEY)");
        try (Project project = test.open()) {
            project.startConnecting();
            TenantCatalogChunks chunks = new TenantCatalogChunks(project, project.connection(), tenants,
                    List.of("common"), 2);
            assertThat(chunks.chunksHeld()).isZero();

            for (int i = 0; i < tenants.size(); i++) {
                SchemaModel catalog = chunks.asPackage(tenants.get(i));

                assertThat(catalog.tables()).extracting(Table::name).as(tenants.get(i))
                        .containsExactlyInAnyOrder(QualifiedName.of("only_" + i), new QualifiedName("common", "country"));
                // tenants 0 and 1 are one chunk, 2 and 3 the next, 4 the last: each is gone after its last tenant
                assertThat(chunks.chunksHeld()).as("after " + tenants.get(i)).isEqualTo(i % 2 == 0 && i < 4 ? 1 : 0);
            }
        }
    }
}
