package io.wsmigrate.fleet;

import static io.wsmigrate.fleet.FleetFixture.applied;
import static io.wsmigrate.fleet.FleetFixture.columns;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class SchemaFleetTest {
    private static final List<String> TENANTS = List.of("tenant_a", "tenant_b", "tenant_c", "tenant_d");

    @TempDir
    Path dir;

    @Test
    void upgradeAllTargetsMigratesEveryTenantSchemaInItselfAndARerunIsANoOp() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(TENANTS));
        FleetFixture.twoRevisions(project);

        CliRun run = project.cli("upgrade", "head", "--all-targets", "-j", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (String tenant : TENANTS) {
            assertThat(applied(project, tenant)).as(tenant).containsExactly("a1", "b2");
            assertThat(columns(project, tenant, "item")).as(tenant).containsExactly("id", "name", "price");
        }
        assertThat(project.tables()).as("nothing lands in public").isEmpty();
        assertThat(run.out()).containsPattern("tenant_c +done").contains("4 targets in").contains("4 done");

        CliRun again = project.cli("upgrade", "head", "--all-targets");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("4 unchanged");
    }

    @Test
    void aFailingTenantStopsNewTargetsAndARerunContinuesWhereTheFleetIs() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(TENANTS));
        FleetFixture.twoRevisions(project);
        project.execute("CREATE SCHEMA tenant_b; CREATE TABLE tenant_b.item (id int)"); // a1 cannot create it

        CliRun stopped = project.cli("upgrade", "head", "--all-targets", "-j", "1");

        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(ExitCode.FLEET.code());
        assertThat(applied(project, "tenant_a")).containsExactly("a1", "b2");
        assertThat(applied(project, "tenant_b")).as("a1 fails: its table exists").isEmpty();
        assertThat(applied(project, "tenant_c")).as("not started after the failure").isEmpty();
        assertThat(stopped.out()).containsPattern("tenant_b +failed").containsPattern("tenant_c +not started");
        assertThat(stopped.err()).contains("tenant_b:").contains("already exists")
                .contains("3 of 4 targets did not reach head: tenant_b, tenant_c, tenant_d");

        CliRun keepGoing = project.cli("upgrade", "head", "--all-targets", "-j", "1", "--keep-going");

        assertThat(keepGoing.exitCode()).as(keepGoing.toString()).isEqualTo(ExitCode.FLEET.code());
        assertThat(applied(project, "tenant_c")).containsExactly("a1", "b2");
        assertThat(applied(project, "tenant_d")).containsExactly("a1", "b2");
        assertThat(keepGoing.err()).contains("1 of 4 targets did not reach head: tenant_b");

        project.execute("DROP TABLE tenant_b.item");
        CliRun rerun = project.cli("upgrade", "head", "--all-targets");

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(applied(project, "tenant_b")).containsExactly("a1", "b2");
        assertThat(rerun.out()).contains("1 done, 3 unchanged");
    }

    @Test
    void inOneTransactionATenantWhoseSecondRevisionFailsKeepsNeitherAndTheOthersGetBoth() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(TENANTS));
        FleetFixture.twoRevisions(project);
        project.execute("CREATE SCHEMA tenant_b; CREATE TABLE tenant_b.item_name (x int)"); // b2's index name

        CliRun run = project.cli("upgrade", "head", "--all-targets", "-j", "2", "--keep-going", "--single-transaction");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FLEET.code());
        for (String tenant : List.of("tenant_a", "tenant_c", "tenant_d")) {
            assertThat(applied(project, tenant)).as(tenant).containsExactly("a1", "b2");
        }
        assertThat(applied(project, "tenant_b")).as("a1 went with b2's failure").isEmpty();
        assertThat(project.query("SELECT to_regclass('tenant_b.item')::text")).containsExactly((String) null);
        assertThat(run.err()).contains("tenant_b:").contains("upgrade of revision b2").contains("already exists")
                .contains("rolled back whole");
    }

    /**
     * A tenant listed before its schema exists gets it with its first revision, in that revision's
     * transaction: when that fails (one by one, or the whole run in one transaction), no empty schema stays.
     */
    @Test
    void aNewTenantWhoseFirstRevisionFailsIsLeftWithoutASchema() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(List.of("tenant_new")));
        project.revision("a1", null, TestProject.sql("CREATE TABLE item (id int)")
                + TestProject.sql("INSERT INTO no_such_table VALUES (1)"), TestProject.sql("DROP TABLE item"));

        for (List<String> mode : List.of(List.<String>of(), List.of("--single-transaction"))) {
            List<String> args = new ArrayList<>(List.of("upgrade", "head", "--all-targets"));
            args.addAll(mode);
            CliRun failed = project.cli(args.toArray(String[]::new));

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.FLEET.code());
            assertThat(failed.err()).contains("no_such_table");
            assertThat(project.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_new'"))
                    .as("after a run %s", mode).containsExactly("0");
        }

        project.revision("a1", null, TestProject.sql("CREATE TABLE item (id int)"), TestProject.sql("DROP TABLE item"));
        CliRun fixed = project.cli("upgrade", "head", "--all-targets");

        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertThat(applied(project, "tenant_new")).containsExactly("a1");
        assertThat(columns(project, "tenant_new", "item")).containsExactly("id");
        assertThat(project.tables()).as("nothing lands in public").isEmpty();
    }

    @Test
    void targetGlobsSelectTenantsAndCurrentCheckHeadsNamesTheOnesBehind() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(TENANTS));
        FleetFixture.twoRevisions(project);

        assertThat(project.cli("upgrade", "head", "--target", "tenant_[ab]", "--target", "tenant_a").exitCode())
                .as("a bracket is not a glob here: nothing matches").isEqualTo(ExitCode.USAGE.code());
        CliRun some = project.cli("upgrade", "head", "--target", "tenant_?", "--target", "nomatch*");
        assertThat(some.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(some.err()).contains("--target nomatch* matches no target");

        assertThat(project.cli("upgrade", "head", "--target", "*_a", "--target", "tenant_c").exitCode()).isZero();
        assertThat(applied(project, "tenant_a")).containsExactly("a1", "b2");
        assertThat(applied(project, "tenant_b")).isEmpty();

        CliRun current = project.cli("current", "--all-targets", "--check-heads");
        assertThat(current.exitCode()).as(current.toString()).isEqualTo(ExitCode.DIFFERENCES.code());
        assertThat(current.err()).contains("2 of 4 targets are not at heads: tenant_b, tenant_d");
        assertThat(project.cli("current", "--all-targets").exitCode()).isZero();
        assertThat(project.cli("current", "--target", "tenant_a", "--check-heads").exitCode()).isZero();
    }

    @Test
    void downgradeAndStampMoveEveryTenant() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(TENANTS));
        FleetFixture.twoRevisions(project);
        assertThat(project.cli("upgrade", "head", "--all-targets").exitCode()).isZero();

        CliRun down = project.cli("downgrade", "-1", "--all-targets");

        assertThat(down.exitCode()).as(down.toString()).isZero();
        for (String tenant : TENANTS) {
            assertThat(applied(project, tenant)).as(tenant).containsExactly("a1");
            assertThat(columns(project, tenant, "item")).as(tenant).containsExactly("id", "name");
        }
        CliRun stamp = project.cli("stamp", "b2", "--target", "tenant_a");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(applied(project, "tenant_a")).containsExactly("a1", "b2");
        assertThat(columns(project, "tenant_a", "item")).as("a stamp runs nothing").containsExactly("id", "name");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReportHasOneEntryPerTargetWithFromToTimeAndError() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(List.of("tenant_a", "tenant_b")));
        FleetFixture.twoRevisions(project);
        project.execute("CREATE SCHEMA tenant_b; CREATE TABLE tenant_b.item (id int)");

        CliRun run = project.cli("upgrade", "head", "--all-targets", "--keep-going", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FLEET.code());
        Map<String, Object> report = new Yaml().load(run.out());
        assertThat(report).containsEntry("command", "upgrade").containsEntry("goal", "head")
                .containsEntry("succeeded", false).containsKeys("millis", "counts", "targets");
        assertThat((Map<String, Object>) report.get("counts")).containsEntry("done", 1).containsEntry("failed", 1);
        List<Map<String, Object>> targets = (List<Map<String, Object>>) report.get("targets");
        assertThat(targets).hasSize(2);
        assertThat(targets.get(0)).containsEntry("target", "tenant_a").containsEntry("kind", "schema")
                .containsEntry("status", "done").containsEntry("from", List.of()).containsEntry("to", List.of("b2"))
                .containsEntry("error", null).containsKey("millis");
        assertThat(targets.get(1)).containsEntry("target", "tenant_b").containsEntry("status", "failed")
                .containsEntry("from", List.of()).containsEntry("to", List.of());
        assertThat((String) targets.get(1).get("error")).contains("already exists");
    }
}
