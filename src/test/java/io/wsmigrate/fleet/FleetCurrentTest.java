package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code current} over tenant schemas, whose version tables are read together. */
class FleetCurrentTest {
    @TempDir
    Path dir;

    @Test
    void eachTenantIsAtHeadBehindAtBaseWithoutAVersionTableOrFailedOnAnUnknownRevision() {
        List<String> tenants = List.of("tenant_a", "tenant_b", "tenant_c", "tenant_d");
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(tenants));
        FleetFixture.twoRevisions(project);
        assertThat(project.cli("upgrade", "head", "--target", "tenant_a", "--target", "tenant_c").exitCode()).isZero();
        assertThat(project.cli("upgrade", "a1", "--target", "tenant_d").exitCode()).isZero();
        project.execute("UPDATE tenant_c." + FleetFixture.VERSION_TABLE + " SET version_num = 'zz9' WHERE"
                + " version_num = 'b2'");

        CliRun run = project.cli("current", "--all-targets", "--check-heads");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FLEET.code());
        assertThat(run.out()).containsPattern("tenant_a +unchanged +b2 +b2").containsPattern("tenant_b +behind +base")
                .containsPattern("tenant_c +failed").containsPattern("tenant_d +behind +a1 +a1")
                .contains("4 targets in").contains("1 unchanged, 2 behind, 1 failed");
        assertThat(run.err()).contains("tenant_c: ").contains("zz9");
    }
}
