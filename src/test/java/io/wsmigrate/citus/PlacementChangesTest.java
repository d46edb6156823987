package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tenant application's placements under settings that name the colocation otherwise, and across
 * a table rename: {@code colocate_with: none} and {@code default} mean what they mean to Citus, a
 * table sharing its group where the settings say {@code none} is a change, and a renamed distributed
 * table keeps its placement.
 */
@CitusTest
class PlacementChangesTest {
    private static final String PACKAGE = "io.wsmigrate.citus.tenants";
    private static final String PLACEMENTS = DistributedSchemaTest.PLACEMENTS;

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void tenantsApplication() {
        DatabaseSettings coordinator = CitusCluster.get().freshDatabase();
        project = TestProject.create(dir, coordinator, PACKAGE);
        settings("      tenants: {column: id, colocate_with: none}\n"
                + "      orders: {column: tenant_id, colocate_with: tenants}\n"
                + "      order_lines: {column: tenant_id, colocate_with: orders}\n");
        project.initScripts();
    }

    private void settings(String distributed) {
        project.writeSettings("migrations:\n  package: " + PACKAGE + "\n  location: migrations\n"
                + "  classpath: [" + Path.of("target/test-classes").toAbsolutePath() + "]\n"
                + "  citus:\n    distributed:\n" + distributed + "    reference: [countries]\n");
    }

    private CliRun run(String... args) {
        CliRun run = project.cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private String revision(String message) throws Exception {
        return Files.readString(project.revisionFileWithMessage(message));
    }

    @Test
    void noneAndDefaultColocationAreWhatCitusMakesOfThemAndADifferentGroupIsAChange() throws Exception {
        run("revision", "--autogenerate", "-m", "tenants");
        assertThat(revision("tenants")).contains("create_distributed_table('tenants', 'id', colocate_with => 'none')");
        run("upgrade", "head");
        // none: a group of its own, which the tables colocated with tenants join
        assertThat(project.query("SELECT count(DISTINCT colocationid) FROM pg_dist_partition WHERE partmethod = 'h'"))
                .containsExactly("1");
        assertThat(run("check").out()).contains("No differences");
        // default: Citus's default group, as when colocate_with is left out; Citus chooses it, so any group matches
        settings("      tenants: {column: id, colocate_with: default}\n"
                + "      orders: {column: tenant_id, colocate_with: tenants}\n"
                + "      order_lines: {column: tenant_id, colocate_with: orders}\n");
        assertThat(run("check").out()).contains("No differences");

        // orders on its own, as the settings now say: Citus keeps it in the group with tenants
        settings("      tenants: id\n      orders: {column: tenant_id, colocate_with: none}\n"
                + "      order_lines: {column: tenant_id, colocate_with: orders}\n");
        CliRun check = project.cli("check");

        assertThat(check.exitCode()).as(check.toString()).isNotZero();
        assertThat(check.out()).contains("distribute table orders by tenant_id (colocated with none)")
                .doesNotContain("distribute table tenants").doesNotContain("distribute table order_lines");
    }

    @Test
    void aRenamedDistributedTableKeepsItsPlacement() throws Exception {
        run("revision", "--autogenerate", "-m", "tenants");
        run("upgrade", "head");
        project.execute("ALTER TABLE orders RENAME TO tenant_orders");

        run("revision", "--autogenerate", "-m", "rename", "--rename", "tenant_orders=orders");

        assertThat(revision("rename")).contains("renameTable").doesNotContain("distributed_table")
                .doesNotContain("undistribute");
        run("upgrade", "head");
        assertThat(project.query(PLACEMENTS)).containsExactly("countries reference <none>",
                "order_lines distributed tenant_id", "orders distributed tenant_id", "tenants distributed id");
        assertThat(run("check").out()).contains("No differences");
        run("downgrade", "-1");
        assertThat(project.query(PLACEMENTS)).contains("tenant_orders distributed tenant_id");
    }
}
