package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --autogenerate} in a fleet of tenant schemas: the entities compared with one
 * reference target (--target, else targets.reference, else the first), written as one revision that
 * names no tenant's schema and so applies to every tenant.
 */
class FleetAutogenerateTest {
    @TempDir
    Path dir;

    @Test
    void theRevisionComesFromTheReferenceTargetAndAppliesToEveryTenant() throws Exception {
        TestProject project = shop("");
        CliRun init = project.cli("revision", "--autogenerate", "-m", "init", "--rev-id", "a0init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(revisionText(project)).contains("customer").doesNotContain("tenant_");
        CliRun upgrade = project.cli("upgrade", "head", "--all-targets");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

        project.execute("ALTER TABLE tenant_b.customer DROP COLUMN name CASCADE");
        CliRun first = project.cli("revision", "--autogenerate", "-m", "nothing");
        assertThat(first.out()).as("tenant_a, the first target, is at the entities").contains("No changes detected");
        CliRun fromB = project.cli("revision", "--autogenerate", "-m", "name back", "--target", "tenant_b",
                "--rev-id", "b1name");
        assertThat(fromB.exitCode()).as(fromB.toString()).isZero();
        assertThat(revisionText(project)).contains("b1name").contains("name").doesNotContain("tenant_");

        CliRun behind = project.cli("revision", "--autogenerate", "-m", "again");
        assertThat(behind.exitCode()).isEqualTo(ExitCode.REVISION.code());
        assertThat(behind.err()).contains("the reference target tenant_a is not up to date")
                .contains("--target tenant_a");
        CliRun unknown = project.cli("revision", "--autogenerate", "-m", "x", "--target", "tenant_z");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).contains("--target tenant_z is no target of the settings");
    }

    @Test
    void targetsReferenceNamesTheDefaultTarget() {
        TestProject project = shop("  reference: tenant_b\n");
        assertThat(project.cli("revision", "--autogenerate", "-m", "init").exitCode()).isZero();
        assertThat(project.cli("upgrade", "head", "--all-targets").exitCode()).isZero();
        project.execute("ALTER TABLE tenant_b.customer ADD COLUMN extra int");

        CliRun run = project.cli("revision", "--autogenerate", "-m", "drop extra");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("extra");
    }

    @Test
    void entitiesInANamedSchemaMapToEachTenantsSchema() throws Exception {
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\n  hibernate: {hibernate.default_schema:"
                + " shop}\ntargets:\n" + FleetFixture.schemas(List.of("tenant_a", "tenant_b")));

        CliRun init = project.cli("revision", "--autogenerate", "-m", "init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(revisionText(project)).contains("customer").doesNotContain("shop.").doesNotContain("schemaName");
        CliRun upgrade = project.cli("upgrade", "head", "--all-targets");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

        assertThat(FleetFixture.columns(project, "tenant_b", "customer")).contains("id", "name");
        assertThat(project.query("SELECT nspname FROM pg_namespace WHERE nspname = 'shop'")).isEmpty();
        CliRun check = project.cli("check", "--all-targets");
        assertThat(check.exitCode()).as(check.toString()).isZero();
    }

    private TestProject shop(String moreTargets) {
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\ntargets:\n"
                + FleetFixture.schemas(List.of("tenant_a", "tenant_b")) + moreTargets);
        return project;
    }

    /** Every revision file's text, together. */
    private static String revisionText(TestProject project) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String name : project.revisionFiles()) {
            all.append(Files.readString(project.versions().resolve(name)));
        }
        return all.toString();
    }
}
