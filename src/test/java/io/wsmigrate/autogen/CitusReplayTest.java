package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --against scripts} for a Citus project, on plain PostgreSQL: the scratch database the
 * scripts replay into has no Citus, yet the revisions' placement steps replay (into its own
 * {@code pg_dist_partition}), so the scripts' placements are compared with the settings' like any
 * other part of the schema. A Citus function that is not about placement stops the replay with
 * one line naming the revision and what to do.
 */
class CitusReplayTest {
    private static final String PACKAGE = "io.wsmigrate.citus.tenants";
    private static final String DISTRIBUTED = "  citus:\n    distributed:\n      tenants: id\n"
            + "      orders: {column: tenant_id, colocate_with: tenants}\n";
    private static final String OTHERS = "    reference: [countries]\n";

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void tenantsApplication() {
        project = TestProject.create(dir, TestProject.freshDatabase(), PACKAGE).initScripts();
        settings(DISTRIBUTED + "      order_lines: {column: tenant_id, colocate_with: orders}\n" + OTHERS);
    }

    private void settings(String citus) {
        project.writeSettings("migrations:\n  package: " + PACKAGE + "\n  location: migrations\n"
                + "  classpath: [" + TestProject.testClasses() + "]\n" + citus);
    }

    @Test
    void theScriptsPlacementsReplayAndMatchTheSettings() {
        CliRun first = project.cli("revision", "--autogenerate", "--against", "scripts", "-m", "tenants");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(project.read("migrations/versions/" + project.revisionFiles().get(0)))
                .contains("create_distributed_table('orders', 'tenant_id', colocate_with => 'tenants')")
                .contains("create_reference_table('countries')");

        CliRun again = project.cli("revision", "--autogenerate", "--against", "scripts", "-m", "again");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("No changes detected");
        CliRun check = project.cli("check", "--against", "scripts");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("No differences: the entities match the scripts.");
    }

    @Test
    void aPlacementTheScriptsDoNotGiveIsADifference() {
        CliRun first = project.cli("revision", "--autogenerate", "--against", "scripts", "-m", "tenants");
        assertThat(first.exitCode()).as(first.toString()).isZero();

        settings(DISTRIBUTED + "      order_lines: {column: tenant_id, colocate_with: none}\n" + OTHERS);
        CliRun check = project.cli("check", "--against", "scripts");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCode.DIFFERENCES.code());
        assertThat(check.out()).contains("order_lines");
        CliRun revision = project.cli("revision", "--autogenerate", "--against", "scripts", "-m", "apart");
        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        assertThat(project.read("migrations/versions/" + project.revisionFiles().stream()
                .filter(file -> file.contains("apart")).findFirst().orElseThrow()))
                .contains("alter_distributed_table('order_lines', distribution_column => 'tenant_id',"
                        + " colocate_with => 'none')");
        CliRun clean = project.cli("check", "--against", "scripts");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
    }

    @Test
    void theStandInsGroupTablesAsCitusDoes() {
        settings("  citus:\n    distributed:\n      tenants: {column: id, colocate_with: none}\n"
                + "      orders: {column: tenant_id, colocate_with: tenants}\n"
                + "      order_lines: {column: tenant_id, colocate_with: orders}\n" + OTHERS);
        CliRun first = project.cli("revision", "--autogenerate", "--against", "scripts", "-m", "tenants",
                "--rev-id", "a1");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        // Citus's default group is the oldest of the column's type, one made with colocate_with none included
        project.sqlRevision("b2", "a1", "apart and back",
                "SELECT alter_distributed_table('order_lines', colocate_with => 'none');\n"
                        + "SELECT alter_distributed_table('order_lines', colocate_with => 'default')", null);

        CliRun check = project.cli("check", "--against", "scripts");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("No differences: the entities match the scripts.");
    }

    @Test
    void aCitusCallThatIsNoPlacementStopsTheReplayInOneLine() {
        project.sqlRevision("a1", null, "workers", "SELECT run_command_on_workers('SELECT 1')", null);

        CliRun check = project.cli("check", "--against", "scripts");
        assertThat(check.exitCode()).as(check.toString()).isNotZero();
        assertThat(check.errLines()).hasSize(1);
        assertThat(check.errorLine()).contains("cannot replay the scripts into a scratch database", "a1",
                "run_command_on_workers", "the scratch database is plain PostgreSQL", "--against database")
                // a live run's word on what stays applied means nothing for a scratch database thrown away
                .doesNotContain("rolled back").doesNotContain("stay applied");
    }
}
