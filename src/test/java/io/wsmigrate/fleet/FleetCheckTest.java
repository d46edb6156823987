package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code check} over tenant schemas: the sample shop's entities (unqualified, so in the default
 * schema) compared with each tenant's schema, read for all tenants at once.
 */
class FleetCheckTest {
    private static final List<String> TENANTS = List.of("tenant_a", "tenant_b", "tenant_c");

    @TempDir
    Path dir;

    private TestProject project;

    @BeforeEach
    void shopInEveryTenant() {
        project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\n" + "targets:\n"
                + FleetFixture.schemas(TENANTS));
        CliRun init = project.cli("revision", "--autogenerate", "-m", "init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        CliRun upgrade = project.cli("upgrade", "head", "--all-targets");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
    }

    @Test
    void everyTenantAtTheEntitiesIsCleanAndATenantChangedByHandIsNamedWithItsDifferences() {
        CliRun clean = project.cli("check", "--all-targets");

        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).containsPattern("tenant_b +unchanged").contains("3 targets in").contains("3 unchanged");

        project.execute("DROP INDEX tenant_b.customer_name_idx; ALTER TABLE tenant_b.customer ADD COLUMN extra int");
        CliRun differs = project.cli("check", "--all-targets", "-j", "2");

        assertThat(differs.exitCode()).as(differs.toString()).isEqualTo(ExitCode.DIFFERENCES.code());
        assertThat(differs.out()).containsPattern("tenant_a +unchanged").containsPattern("tenant_b +behind")
                .contains("2 unchanged, 1 behind");
        assertThat(differs.err()).contains("tenant_b: 2 difference(s)").contains("customer_name_idx")
                .contains("extra").contains("1 of 3 targets are not at the entities: tenant_b")
                .contains("revision --autogenerate");
        assertThat(differs.out() + differs.err()).as("the tenant's name is mapped away").doesNotContain(
                "tenant_b.customer ");
    }

    @Test
    void aTenantBehindTheScriptsFailsAndTheJsonReportCountsEachOutcome() {
        project.execute("DROP TABLE tenant_c." + project.versionTable().replaceAll(".*\\.", ""));
        project.execute("ALTER TABLE tenant_a.customer DROP COLUMN name");

        CliRun run = project.cli("check", "--target", "tenant_*", "--keep-going", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FLEET.code());
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) new Yaml().load(run.out());
        assertThat(report).containsEntry("command", "check").containsEntry("succeeded", false);
        assertThat((Map<String, Object>) report.get("counts")).containsEntry("unchanged", 1).containsEntry("behind", 1)
                .containsEntry("failed", 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>) report.get("targets");
        assertThat(targets).extracting(t -> t.get("status")).containsExactly("behind", "unchanged", "failed");
        assertThat((String) targets.get(0).get("error")).matches("\\d difference\\(s\\): .*name.*");
        assertThat((String) targets.get(2).get("error")).contains("not up to date: it is at base");
    }

    @Test
    void aFleetCheckRefusesDriftAndJsonWithoutAFleet() {
        assertThat(project.cli("check", "--all-targets", "--drift").exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(project.cli("check", "--format", "json").exitCode()).isEqualTo(ExitCode.USAGE.code());
    }
}
