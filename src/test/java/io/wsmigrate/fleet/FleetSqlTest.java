package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.PsqlScript;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --sql} and {@code downgrade --sql} over a fleet: one script, run with plain
 * {@code psql -f}, that leaves every target where the live run would, whatever the tenants are named.
 */
class FleetSqlTest {
    /** A quote, a double quote, a space and upper case: a name no SQL may paste in raw. */
    private static final String ODD = "Tenant O'Brien \"X\"; DROP SCHEMA public";
    private static final List<String> TENANTS = List.of("tenant_a", ODD, "tenant_c");

    @TempDir
    Path dir;

    @Test
    void theScriptBringsAFreshFleetToWhereTheLiveRunWouldAndCheckIsClean() throws Exception {
        TestProject project = shop();
        CliRun init = project.cli("revision", "--autogenerate", "-m", "init", "--rev-id", "a0init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        // a revision that cannot run in a transaction: the script ends the target's transaction around it
        List<Map<String, Object>> rebuild = List.of(Map.of("sql", "DROP INDEX CONCURRENTLY customer_name_idx"),
                Map.of("sql", "CREATE INDEX CONCURRENTLY customer_name_idx ON customer (name)"));
        project.revision("zz9", List.of("a0init"), "rebuild the name index", false, rebuild, rebuild);

        CliRun sql = project.cli("upgrade", "head", "--all-targets", "--sql");

        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(project.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant%' OR nspname LIKE"
                + " 'Tenant%'")).as("--sql touches no database").isEmpty();
        assertThat(sql.out()).contains("CREATE SCHEMA IF NOT EXISTS \"Tenant O'Brien \"\"X\"\"; DROP SCHEMA public\"")
                .containsSubsequence("-- target tenant_a", "-- target " + ODD, "-- target tenant_c");
        psql(project, sql.out());

        assertThat(project.query("SELECT nspname FROM pg_namespace WHERE nspname = 'public'")).hasSize(1);
        for (String tenant : TENANTS) {
            assertThat(project.query("SELECT version_num FROM " + quoted(tenant) + "." + FleetFixture.VERSION_TABLE
                    + " ORDER BY 1")).as(tenant).containsExactly("a0init", "zz9");
        }
        CliRun current = project.cli("current", "--all-targets", "--check-heads");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).contains("3 unchanged");
        CliRun check = project.cli("check", "--all-targets");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        CliRun live = project.cli("upgrade", "head", "--all-targets");
        assertThat(live.exitCode()).as(live.toString()).isZero();
        assertThat(live.out()).as("the live run finds nothing left to do").contains("3 unchanged");

        CliRun down = project.cli("downgrade", "head:base", "--target", "Tenant*", "--sql");
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(down.out()).doesNotContain("tenant_a").doesNotContain("tenant_c");
        psql(project, down.out());
        CliRun after = project.cli("current", "--all-targets", "--format", "json");
        assertThat(after.out()).contains("{\"target\":\"tenant_a\",\"kind\":\"schema\",\"status\":\"unchanged\"")
                .contains("\"status\":\"behind\",\"from\":[],\"to\":[]");
        assertThat(project.query("SELECT count(*) FROM pg_tables WHERE schemaname = " + literal(ODD)))
                .as("only the version table is left").containsExactly("1");
    }

    @Test
    void aScriptOverTenantDatabasesConnectsToEachWithoutTheirPasswords() throws Exception {
        DatabaseSettings first = TestProject.freshDatabase();
        DatabaseSettings second = TestProject.freshDatabase();
        TestProject project = FleetFixture.project(dir, "  databases:\n    - " + DatabaseFleetTest.name(first)
                + "\n    - '" + second.url() + "'\n  schemas: [tenant_s]\n");
        FleetFixture.twoRevisions(project);

        CliRun sql = project.cli("upgrade", "head", "--target", DatabaseFleetTest.name(first), "--target",
                "tenant_s", "--target", DatabaseFleetTest.name(second), "--sql");

        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("\\connect -reuse-previous=on 'postgresql://")
                .doesNotContain("password");
        psql(project, sql.out());
        for (DatabaseSettings tenant : List.of(first, second)) {
            assertThat(DatabaseFleetTest.query(tenant, "SELECT version_num FROM " + FleetFixture.VERSION_TABLE
                    + " ORDER BY 1")).containsExactly("a1", "b2");
        }
        assertThat(FleetFixture.applied(project, "tenant_s")).containsExactly("a1", "b2");
        assertThat(FleetFixture.columns(project, "tenant_s", "item")).containsExactly("id", "name", "price");
        CliRun current = project.cli("current", "--all-targets", "--check-heads");
        assertThat(current.exitCode()).as(current.toString()).isZero();
    }

    @Test
    void aPackageThatDistributesTablesPutsEveryTargetsSessionInCitusSequentialMode() throws Exception {
        DatabaseSettings first = TestProject.freshDatabase();
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: " + FleetFixture.PACKAGE + "\n  location: migrations\n"
                + "  citus:\n    reference: [item]\ntargets:\n  databases:\n    - " + DatabaseFleetTest.name(first)
                + "\n  schemas: [tenant_s, tenant_t]\n");
        FleetFixture.twoRevisions(project);

        CliRun sql = project.cli("upgrade", "head", "--target", DatabaseFleetTest.name(first), "--target",
                "tenant_s", "--target", "tenant_t", "--sql");

        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        String sequential = "THEN SET citus.multi_shard_modify_mode = 'sequential'; END IF;";
        // after each \connect (a new session), before each target's transaction
        assertThat(sql.out().split(Pattern.quote(sequential), -1)).hasSize(4);
        assertThat(sql.out()).containsSubsequence("-- target " + DatabaseFleetTest.name(first), "\\connect",
                sequential, "BEGIN;", "-- target tenant_s", "\\connect", sequential, "BEGIN;",
                "-- target tenant_t", sequential, "BEGIN;");
        // on plain PostgreSQL the line does nothing and the script runs through
        psql(project, sql.out());
        assertThat(FleetFixture.applied(project, "tenant_t")).containsExactly("a1", "b2");
        assertThat(DatabaseFleetTest.query(first, "SELECT version_num FROM " + FleetFixture.VERSION_TABLE
                + " ORDER BY 1")).containsExactly("a1", "b2");
    }

    @Test
    void aRangeFromCurrentAndAJsonReportAreRefusedWithOneLine() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(List.of("tenant_a")));
        FleetFixture.twoRevisions(project);

        CliRun current = project.cli("upgrade", "current:head", "--all-targets", "--sql");
        CliRun json = project.cli("upgrade", "head", "--all-targets", "--sql", "--format", "json");

        assertThat(current.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(current.err()).contains("`current` in an --sql range over a fleet");
        assertThat(json.exitCode()).isEqualTo(ExitCode.USAGE.code());

        CliRun single = project.cli("upgrade", "head", "--all-targets", "--sql", "--single-transaction");
        assertThat(single.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(single.err()).contains("--single-transaction has no meaning with a fleet's --sql");
    }

    /** Plain {@code psql -f}, as a DBA applies the script: no ON_ERROR_STOP, so an error must show in the output. */
    private void psql(TestProject project, String script) throws Exception {
        Path file = Files.writeString(dir.resolve("fleet-" + System.nanoTime() + ".sql"), script);
        PsqlScript.Run run = PsqlScript.run(project.database(), file, "-q");
        assertThat(run.exitCode()).as("psql on\n%s\n%s", script, run.output()).isZero();
        assertThat(run.output()).as("psql on\n%s", script).doesNotContain("ERROR");
    }

    private TestProject shop() {
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\ntargets:\n  schemas:\n"
                + "    - tenant_a\n    - '" + ODD.replace("'", "''") + "'\n    - tenant_c\n");
        return project;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
