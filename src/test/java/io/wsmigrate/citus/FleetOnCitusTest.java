package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenant schemas on Citus's schema-based sharding: with {@code citus.enable_schema_based_sharding}
 * on for the database, each tenant schema {@code upgrade --all-targets} creates through the
 * coordinator becomes a distributed schema, its tables (the version table too) single-shard tables
 * placed together on one worker; {@code check} and {@code downgrade} work through the coordinator.
 */
@CitusTest
class FleetOnCitusTest {
    private static final List<String> TENANTS = List.of("tenant_a", "tenant_b", "tenant_c");

    @TempDir
    Path dir;

    @Test
    void tenantSchemasBecomeDistributedSchemasAndTheFleetCommandsWorkThroughTheCoordinator() {
        DatabaseSettings db = CitusCluster.get().freshDatabase();
        String name = db.url().substring(db.url().lastIndexOf('/') + 1);
        TestPostgres.execute(db, "ALTER DATABASE " + name + " SET citus.enable_schema_based_sharding = on");
        TestProject project = TestProject.create(dir, db, "com.example.shop");
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\ntargets:\n  schemas: ["
                + String.join(", ", TENANTS) + "]\n  jobs: 2\n");
        project.initScripts();
        assertThat(project.cli("revision", "--autogenerate", "-m", "init").exitCode()).isZero();

        CliRun upgrade = project.cli("upgrade", "head", "--all-targets");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(project.query("SELECT schema_name::text FROM citus_schemas ORDER BY 1")).containsExactlyElementsOf(TENANTS);
        assertThat(project.query("SELECT count(DISTINCT p.colocationid) FROM pg_dist_partition p"
                + " JOIN pg_class c ON c.oid = p.logicalrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname LIKE 'tenant\\_%' AND p.partkey IS NULL")).containsExactly("3");
        assertThat(project.query("SELECT count(*) FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid"
                + " WHERE c.relname LIKE 'ws\\_migrate\\_%'")).as("each tenant's version table lives with its tables")
                .containsExactly("3");
        assertThat(project.query("SELECT count(DISTINCT nodeport) FROM citus_shards WHERE citus_table_type = 'schema'"))
                .as("the tenants are spread over the workers").containsExactly("2");

        CliRun check = project.cli("check", "--all-targets");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("3 unchanged");

        CompletableFuture<CliRun> again = CompletableFuture.supplyAsync(() -> project.cli("upgrade", "head", "--all-targets"));
        CliRun concurrent = project.cli("upgrade", "head", "--all-targets");
        assertThat(concurrent.exitCode()).as(concurrent.toString()).isZero();
        assertThat(again.join().exitCode()).isZero();

        CliRun down = project.cli("downgrade", "base", "--all-targets");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(project.query("SELECT count(*) FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'tenant\\_%'"
                + " AND c.relname NOT LIKE 'ws\\_migrate\\_%'")).containsExactly("0");
    }
}
