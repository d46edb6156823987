package io.wsmigrate.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.FleetCommands;
import io.wsmigrate.command.FleetListener;
import io.wsmigrate.command.FleetOptions;
import io.wsmigrate.command.FleetReport;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.TargetResult;
import io.wsmigrate.config.SettingsLoader;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentFleetTest {
    @TempDir
    Path dir;

    @Test
    void twoFleetRunsAtOnceMigrateEachTargetOnce() {
        List<String> tenants = IntStream.range(0, 12).mapToObj(i -> "tenant_" + i).toList();
        TestProject project = FleetFixture.project(dir, FleetFixture.schemas(tenants));
        FleetFixture.twoRevisions(project);

        List<CompletableFuture<FleetReport>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> upgrade(project)));
        }
        List<FleetReport> reports = runs.stream().map(CompletableFuture::join).toList();

        for (FleetReport report : reports) {
            assertThat(report.succeeded()).as(report.toString()).isTrue();
        }
        for (int t = 0; t < tenants.size(); t++) {
            int index = t;
            long migrated = reports.stream().filter(r -> r.targets().get(index).status() == TargetResult.Status.DONE)
                    .count();
            assertThat(migrated).as(tenants.get(t) + " is migrated by exactly one run").isEqualTo(1);
            assertThat(FleetFixture.applied(project, tenants.get(t))).containsExactly("a1", "b2");
        }
    }

    private static FleetReport upgrade(TestProject test) {
        var settings = new SettingsLoader().load(test.settingsFile(), Map.of(), null);
        try (Project project = new Project(settings, Map.of(), Clock.systemUTC())) {
            return new FleetCommands(project).upgrade("head", MigrationOptions.defaults(),
                    new FleetOptions(List.of(), 3, false), FleetListener.NONE);
        }
    }
}
