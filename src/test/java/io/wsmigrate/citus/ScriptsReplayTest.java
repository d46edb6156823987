package io.wsmigrate.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.CitusCluster;
import io.wsmigrate.testing.CitusTest;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real coordinator, the commands that replay the scripts into a scratch database (plain
 * PostgreSQL) agree with the coordinator: after the tenants application is distributed by its
 * revision, {@code check --against scripts} and {@code check --drift} are clean, and autogenerate
 * against the scripts finds nothing to add, placements included.
 */
@CitusTest
class ScriptsReplayTest {
    @TempDir
    Path dir;

    @Test
    void theScriptsReplayedWithoutCitusAgreeWithTheCoordinator() {
        TestProject project = TestProject.create(dir, CitusCluster.get().freshDatabase(), "io.wsmigrate.citus.tenants");
        project.writeSettings("migrations:\n  package: io.wsmigrate.citus.tenants\n  location: migrations\n"
                + "  classpath: [" + TestProject.testClasses() + "]\n" + DistributedSchemaTest.CITUS_SETTINGS);
        project.initScripts();
        run(project, "revision", "--autogenerate", "-m", "tenants");
        run(project, "upgrade", "head");

        assertThat(run(project, "check", "--against", "scripts").out())
                .contains("No differences: the entities match the scripts.");
        assertThat(run(project, "check", "--drift").out()).contains("No differences");
        assertThat(run(project, "revision", "--autogenerate", "--against", "scripts", "-m", "again").out())
                .contains("No changes detected");
    }

    private static CliRun run(TestProject project, String... args) {
        CliRun run = project.cli(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run).isZero();
        return run;
    }
}
