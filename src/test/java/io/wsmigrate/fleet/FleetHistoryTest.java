package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code history --all-targets}: each revision marked with the targets at it, in text and JSON. */
class FleetHistoryTest {
    @TempDir
    Path dir;

    @Test
    void eachRevisionNamesOrCountsTheTargetsAtIt() {
        List<String> tenants = IntStream.range(1, 7).mapToObj(i -> "tenant_" + i).toList();
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(tenants));
        FleetFixture.twoRevisions(project);
        assertThat(project.cli("upgrade", "head", "--target", "tenant_1", "--target", "tenant_2", "--target",
                "tenant_3", "--target", "tenant_4", "--target", "tenant_5").exitCode()).isZero();
        assertThat(project.cli("downgrade", "a1", "--target", "tenant_5").exitCode()).isZero();

        CliRun text = project.cli("history", "--all-targets");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out().lines().toList()).containsExactly(
                "a1 -> b2 (head) (at 4 targets), item price",
                "<base> -> a1 (at tenant_5), items",
                "<base> (at tenant_6)");
        CliRun few = project.cli("history", "--target", "tenant_1", "--target", "tenant_2");
        assertThat(few.out()).contains("a1 -> b2 (head) (at tenant_1, tenant_2), item price");

        CliRun json = project.cli("history", "--all-targets", "--format", "json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> revisions = (List<Map<String, Object>>) new Yaml().load(json.out());
        assertThat(revisions).extracting(r -> r.get("revision")).containsExactly("b2", "a1");
        assertThat(revisions.get(0)).containsEntry("current", true)
                .containsEntry("targets", List.of("tenant_1", "tenant_2", "tenant_3", "tenant_4"));
        assertThat(revisions.get(1)).containsEntry("targets", List.of("tenant_5"));
    }

    @Test
    void aTargetWhoseVersionTableCannotBeReadIsNamed() {
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(List.of("tenant_a", "tenant_b")));
        FleetFixture.twoRevisions(project);
        assertThat(project.cli("upgrade", "head", "--all-targets").exitCode()).isZero();
        project.execute("INSERT INTO tenant_b." + FleetFixture.VERSION_TABLE + " (version_num, is_head)"
                + " VALUES ('zz', true)");

        CliRun run = project.cli("history", "--all-targets");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FLEET.code());
        assertThat(run.out()).contains("(at tenant_a)");
        assertThat(run.err()).contains("tenant_b: ");
    }
}
