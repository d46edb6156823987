package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant-distributed application ({@code io.wsmigrate.citus.tenants}: tenants, their orders and
 * order lines distributed by tenant, countries as a reference table) migrated on a real Citus
 * cluster from its settings alone: autogenerate places every table, {@code check} is then clean,
 * one revision changes a distributed and a reference table, and {@code downgrade base} leaves nothing.
 */
@CitusTest
class DistributedSchemaTest {
    static final String CITUS_SETTINGS = "  citus:\n    distributed:\n      tenants: id\n"
            + "      orders: {column: tenant_id, colocate_with: tenants}\n"
            + "      order_lines: {column: tenant_id, colocate_with: orders}\n    reference: [countries]\n";
    /** Each Citus table of the database as "name type column", ordered by name. */
    static final String PLACEMENTS = "SELECT table_name || ' ' || citus_table_type || ' '"
            + " || distribution_column FROM citus_tables ORDER BY 1";

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void tenantsApplication() {
        DatabaseSettings coordinator = CitusCluster.get().freshDatabase();
        project = TestProject.create(dir, coordinator, "io.wsmigrate.citus.tenants");
        project.writeSettings("migrations:\n  package: io.wsmigrate.citus.tenants\n  location: migrations\n"
                + "  classpath: [" + Path.of("target/test-classes").toAbsolutePath() + "]\n" + CITUS_SETTINGS);
        project.initScripts();
    }

    private String autogenerate(String message) throws Exception {
        CliRun run = project.cli("revision", "--autogenerate", "-m", message);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> files = project.revisionFiles();
        return Files.readString(project.versions().resolve(files.get(files.size() - 1)));
    }

    private void run(String... args) {
        CliRun run = project.cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void upgradeFromBasePlacesEveryTableAndCheckIsClean() throws Exception {
        String revision = autogenerate("tenants");

        assertThat(revision).containsSubsequence("tableName: tenants",
                "create_reference_table('countries')", "create_distributed_table('tenants', 'id')",
                "create_distributed_table('orders', 'tenant_id', colocate_with => 'tenants')",
                "create_distributed_table('order_lines', 'tenant_id', colocate_with => 'orders')",
                "addForeignKeyConstraint");
        run("upgrade", "head");
        assertThat(project.query(PLACEMENTS)).containsExactly("countries reference <none>",
                "order_lines distributed tenant_id", "orders distributed tenant_id", "tenants distributed id");
        assertThat(project.query("SELECT count(DISTINCT colocationid) FROM pg_dist_partition WHERE partmethod = 'h'"))
                .containsExactly("1");
        CliRun check = project.cli("check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("No differences");
    }

    @Test
    void aPlacementThatDiffersFromTheSettingsIsAChangeToReview() {
        run("revision", "--autogenerate", "-m", "tenants");
        run("upgrade", "head");
        project.execute("SELECT alter_distributed_table('order_lines', colocate_with => 'none')");

        CliRun check = project.cli("check");

        assertThat(check.exitCode()).as(check.toString()).isNotZero();
        assertThat(check.out()).contains("distribute table order_lines by tenant_id (colocated with orders)"
                + " (was distributed by tenant_id (colocated with none))");
    }

    @Test
    void aRevisionChangingADistributedAndAReferenceTableRunsInOneTransaction() {
        run("revision", "--autogenerate", "-m", "tenants");
        run("upgrade", "head");
        String head = project.currentHeads().get(0);
        String change = "ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE countries ADD COLUMN iso3 varchar(3);\n"
                + "INSERT INTO countries (code, name, iso3) VALUES ('FI', 'Finland', 'FIN')";
        project.sqlRevision("c0ffee000001", head, "note and iso3", change,
                "ALTER TABLE countries DROP COLUMN iso3;\nDELETE FROM countries;\nALTER TABLE orders DROP COLUMN note");

        run("upgrade", "head");

        assertThat(project.query("SELECT iso3 FROM countries")).containsExactly("FIN");
        assertThat(project.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders'"
                + " AND column_name = 'note'")).containsExactly("1");
        // the same statements in Citus's default, parallel mode: refused
        String refused = catchMessage(() -> TestPostgres.execute(project.database(),
                "BEGIN; ALTER TABLE orders ADD COLUMN other text; ALTER TABLE countries ADD COLUMN other text; COMMIT"));
        assertThat(refused).contains("parallel");
        run("downgrade", "-1");
        assertThat(project.query("SELECT count(*) FROM countries")).containsExactly("0");
    }

    @Test
    void downgradeBaseLeavesNothing() {
        run("revision", "--autogenerate", "-m", "tenants");
        run("upgrade", "head");
        project.execute("INSERT INTO tenants VALUES (1, 'a'); INSERT INTO countries VALUES ('FI', 'Finland');"
                + " INSERT INTO orders (tenant_id, id, status, country_code) VALUES (1, 1, 'new', 'FI');"
                + " INSERT INTO order_lines (tenant_id, id, order_id, quantity) VALUES (1, 1, 1, 2)");

        run("downgrade", "base");

        assertThat(project.query("SELECT count(*) FROM pg_dist_partition")).containsExactly("0");
        assertThat(project.query("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE nspname = 'public' AND relkind IN ('r', 'p', 'S') ORDER BY 1"))
                .containsExactly(project.versionTable());
        run("upgrade", "head");
        assertThat(project.query(PLACEMENTS)).hasSize(4);
    }

    @Test
    void concurrentUpgradesApplyEachRevisionOnce() throws Exception {
        run("revision", "--autogenerate", "-m", "tenants");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<CliRun> first = pool.submit(() -> project.cli("upgrade", "head"));
            Future<CliRun> second = pool.submit(() -> project.cli("upgrade", "head"));
            assertThat(first.get().exitCode()).as(first.get().toString()).isZero();
            assertThat(second.get().exitCode()).as(second.get().toString()).isZero();
        } finally {
            pool.shutdownNow();
        }
        assertThat(project.appliedRevisions()).hasSize(1);
        assertThat(project.query(PLACEMENTS)).hasSize(4);
        assertThat(project.cli("check").exitCode()).isZero();
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        }
        throw new AssertionError("expected Citus to refuse the statements");
    }
}
