package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code create_distributed_table_concurrently}, the way to distribute a large existing table without
 * blocking its writes, is one of the steps Citus refuses inside a transaction block: it belongs in a
 * {@code transactional: false} revision, and a transactional one is refused before anything runs.
 * (Running it also needs {@code wal_level = logical} on every node, which the test cluster does not set.)
 */
@CitusTest
class ConcurrentDistributionTest {
    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void eventsTable() {
        project = TestProject.create(dir, CitusCluster.get().freshDatabase(), "io.wsmigrate.citus.tenants");
        project.initScripts();
        project.nextRevision("c0ffee000001", TestProject.sql("CREATE TABLE events (tenant_id bigint NOT NULL,"
                + " id bigint NOT NULL, PRIMARY KEY (tenant_id, id))"), TestProject.sql("DROP TABLE events"));
    }

    @Test
    void aTransactionalRevisionIsRefusedBeforeAnyRevisionRuns() {
        project.nextRevision("c0ffee000002",
                TestProject.sql("SELECT pg_catalog.create_distributed_table_concurrently('events', 'tenant_id')"),
                TestProject.sql("SELECT undistribute_table('events')"));

        CliRun upgrade = project.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(ExitCode.REVISION.code());
        assertThat(upgrade.err()).contains("create_distributed_table_concurrently")
                .contains("add `transactional: false`");
        assertThat(project.appliedRevisions()).isEmpty();
        assertThat(project.tables()).doesNotContain("events");
    }
}
