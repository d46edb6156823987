package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.PsqlScript;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of tenant schemas whose entities also have a table in the shared schema {@code common},
 * referenced by a foreign key from every tenant: one revision holds both parts, and the fleet
 * migrates the shared part once (its own version table) and the tenants' part in every tenant.
 */
class SharedSchemaFleetTest {
    private static final String SHARED_TABLE = "common.ws_migrate_shared_tenants";
    /** Columns and constraints of the fleet's schemas: what the live run and the --sql script must agree on. */
    private static final String CATALOG = "SELECT string_agg(line, ' | ' ORDER BY line) FROM ("
            + " SELECT table_schema || '.' || table_name || '.' || column_name || ':' || data_type AS line"
            + " FROM information_schema.columns WHERE table_schema IN ('common', 'tenant_a', 'tenant_b')"
            + " UNION ALL SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
            + " WHERE connamespace::regnamespace::text IN ('common', 'tenant_a', 'tenant_b')) lines";

    @TempDir
    Path dir;

    @Test
    void theSharedPartIsMigratedOnceAndTheTenantsReferenceIt() throws Exception {
        TestProject project = project("v1");
        CliRun init = project.cli("revision", "--autogenerate", "-m", "init", "--rev-id", "r1init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(revisionText(project, "r1init")).contains("schemaName: common").contains("country")
                .contains("customer").doesNotContain("tenant_");

        CliRun upgrade = project.cli("upgrade", "head", "--all-targets");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).contains("common").contains("3 done");
        assertThat(tables(project)).containsExactly("common.country", "common.ws_migrate_shared_tenants",
                "tenant_a.customer", "tenant_a.ws_migrate_tenants", "tenant_b.customer", "tenant_b.ws_migrate_tenants");
        assertThat(project.query("SELECT version_num FROM " + SHARED_TABLE)).containsExactly("r1init");
        assertThat(project.query("SELECT confrelid::regclass::text FROM pg_constraint WHERE conname ="
                + " 'customer_country_fk' ORDER BY conrelid::regclass::text")).containsExactly("common.country",
                "common.country");
        CliRun check = project.cli("check", "--all-targets");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("3 unchanged");
        CliRun current = project.cli("current", "--all-targets", "--check-heads", "--format", "json");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).contains("{\"target\":\"common\",\"kind\":\"shared\",\"status\":\"unchanged\","
                + "\"from\":[\"r1init\"]");

        project.writeSettings(settings("v2"));
        CliRun second = project.cli("revision", "--autogenerate", "-m", "both", "--rev-id", "r2both");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(revisionText(project, "r2both")).contains("schemaName: common").contains("email")
                .contains("name").doesNotContain("tenant_");
        CliRun again = project.cli("upgrade", "head", "--target", "tenant_b");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).as("one tenant's upgrade brings the shared part along").contains("2 done");
        assertThat(project.cli("upgrade", "head", "--all-targets").exitCode()).isZero();
        assertThat(FleetFixture.columns(project, "common", "country")).containsExactly("id", "code", "name");
        assertThat(FleetFixture.columns(project, "tenant_a", "customer")).contains("email");
        assertThat(project.cli("check", "--all-targets").exitCode()).isZero();
        String live = project.query(CATALOG).get(0);
        CliRun rerun = project.cli("upgrade", "head", "--all-targets");
        assertThat(rerun.out()).as(rerun.toString()).contains("3 unchanged");
        CliRun history = project.cli("history", "--all-targets");
        assertThat(history.out()).as(history.toString()).contains("(at tenant_a, tenant_b; shared schemas)");
        assertThat(project.cli("history", "--all-targets", "--format", "json").out())
                .contains("\"targets\":[\"tenant_a\",\"tenant_b\"],\"shared_schemas\":true");

        CliRun down = project.cli("downgrade", "base", "--all-targets");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(tables(project)).containsExactly("common.ws_migrate_shared_tenants", "tenant_a.ws_migrate_tenants",
                "tenant_b.ws_migrate_tenants");
        assertThat(project.query("SELECT count(*) FROM " + SHARED_TABLE)).containsExactly("0");

        CliRun sql = project.cli("upgrade", "head", "--all-targets", "--sql");
        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).containsSubsequence("-- target common (shared schemas)", "-- target tenant_a",
                "-- target tenant_b");
        psql(project, sql.out(), 0);
        assertThat(project.query(CATALOG).get(0)).isEqualTo(live);
        assertThat(project.cli("check", "--all-targets").exitCode()).isZero();
        assertThat(project.cli("upgrade", "head", "--all-targets").out()).contains("3 unchanged");
        CliRun downSql = project.cli("downgrade", "head:base", "--all-targets", "--sql");
        assertThat(downSql.out()).containsSubsequence("-- target tenant_b", "-- target common (shared schemas)");
        psql(project, downSql.out(), 0);
        assertThat(tables(project)).doesNotContain("common.country", "tenant_a.customer");
    }

    @Test
    void aTenantDowngradeLeavesTheSharedPartAndADriftedSharedTableIsReportedOnce() {
        TestProject project = project("v1");
        assertThat(project.cli("revision", "--autogenerate", "-m", "init").exitCode()).isZero();
        assertThat(project.cli("upgrade", "head", "--all-targets").exitCode()).isZero();

        CliRun down = project.cli("downgrade", "base", "--target", "tenant_a");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(down.err() + down.out()).contains("the shared schema stays where it is");
        assertThat(tables(project)).contains("common.country", "tenant_b.customer").doesNotContain("tenant_a.customer");
        CliRun current = project.cli("current", "--all-targets", "--check-heads");
        assertThat(current.exitCode()).isEqualTo(1);
        assertThat(current.out()).contains("2 unchanged, 1 behind");
        assertThat(project.cli("upgrade", "head", "--all-targets").exitCode()).isZero();

        project.execute("ALTER TABLE common.country ADD COLUMN extra int");
        CliRun check = project.cli("check", "--all-targets");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("2 unchanged, 1 behind").containsOnlyOnce("extra");
    }

    @Test
    void aFailedSharedPartEndsTheScriptEvenWithKeepGoing() throws Exception {
        TestProject project = project("v1");
        assertThat(project.cli("revision", "--autogenerate", "-m", "init").exitCode()).isZero();
        project.execute("CREATE SCHEMA common; CREATE TABLE common.country (id int)");

        CliRun going = project.cli("upgrade", "head", "--all-targets", "--sql", "--keep-going");
        assertThat(going.out()).containsSubsequence("\\set ON_ERROR_STOP on", "-- target common (shared schemas)",
                "\\set ON_ERROR_STOP off", "-- target tenant_a");
        psql(project, going.out(), 3, "relation \"country\" already exists");
        assertThat(tables(project)).as("no tenant ran against the missing shared part")
                .containsExactly("common.country");
    }

    @Test
    void keepGoingLetsTheScriptRunTheNextTenantAfterOneFailsAndJobsAreRefused() throws Exception {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(List.of("tenant_a", "tenant_b",
                "tenant_c")));
        FleetFixture.twoRevisions(project);
        project.execute("CREATE SCHEMA tenant_b; CREATE TABLE tenant_b.item (id int)");

        CliRun stopping = project.cli("upgrade", "head", "--all-targets", "--sql");
        psql(project, stopping.out(), 3);
        assertThat(FleetFixture.applied(project, "tenant_a")).containsExactly("a1", "b2");
        assertThat(FleetFixture.applied(project, "tenant_b")).as("rolled back").isEmpty();
        assertThat(FleetFixture.applied(project, "tenant_c")).as("never started").isEmpty();

        project.execute("DROP SCHEMA tenant_a CASCADE");
        CliRun going = project.cli("upgrade", "head", "--all-targets", "--sql", "--keep-going");
        assertThat(going.out()).contains("\\set ON_ERROR_STOP off");
        psql(project, going.out(), 0, "relation \"item\" already exists");
        assertThat(FleetFixture.applied(project, "tenant_a")).containsExactly("a1", "b2");
        assertThat(FleetFixture.applied(project, "tenant_b")).as("rolled back").isEmpty();
        assertThat(FleetFixture.columns(project, "tenant_b", "item")).containsExactly("id");
        assertThat(FleetFixture.applied(project, "tenant_c")).as("ran after the failed one").containsExactly("a1", "b2");

        CliRun jobs = project.cli("upgrade", "head", "--all-targets", "--sql", "-j", "2");
        assertThat(jobs.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(jobs.err()).contains("-j has no meaning with --sql");
    }

    private TestProject project(String version) {
        TestProject project = TestProject.create(dir);
        project.writeSettings(settings(version));
        return project;
    }

    private static String settings(String version) {
        return "migrations:\n  package: io.wsmigrate.fleet.fixtures.shared" + version + "\n  version_table:"
                + " ws_migrate_tenants\n  location: migrations\n  classpath: [" + TestProject.testClasses()
                + "]\ntargets:\n  schemas: [tenant_a, tenant_b]\n  shared_schemas: [common]\n";
    }

    private static List<String> tables(TestProject project) {
        return project.query("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ('common',"
                + " 'tenant_a', 'tenant_b') ORDER BY 1");
    }

    private static String revisionText(TestProject project, String id) throws Exception {
        try (var files = Files.list(project.versions())) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(id)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    /** Plain {@code psql -f}: the script's own ON_ERROR_STOP decides whether an error ends it (exit 3). */
    private void psql(TestProject project, String script, int exitCode) throws Exception {
        psql(project, script, exitCode, null);
    }

    private void psql(TestProject project, String script, int exitCode, String error) throws Exception {
        Path file = Files.writeString(dir.resolve("fleet-" + System.nanoTime() + ".sql"), script);
        PsqlScript.Run run = PsqlScript.run(project.database(), file, "-q");
        assertThat(run.exitCode()).as("psql on\n%s\n%s", script, run.output()).isEqualTo(exitCode);
        if (error != null) {
            assertThat(run.output()).as("psql on\n%s", script).contains(error);
        } else if (exitCode == 0) {
            assertThat(run.output()).as("psql on\n%s", script).doesNotContain("ERROR");
        }
    }
}
