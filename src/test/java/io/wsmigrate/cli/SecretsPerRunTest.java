package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Secrets;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of the command line in one JVM (the tests', the docs' examples) each mask their own
 * secrets: an earlier run's password does not mask a later run's output, whatever order the tests
 * run in; and what is logged after a run has returned is still masked with that run's secrets.
 */
class SecretsPerRunTest {
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";
    private static final String EARLIER_PASSWORD = "Orders-2026";

    @TempDir
    Path dir;

    @Test
    void anEarlierRunsPasswordDoesNotMaskALaterRun() {
        TestProject earlier = project("earlier", EARLIER_PASSWORD);
        CliRun first = earlier.cli("history");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(Secrets.maskRemembered("logged after the run: " + EARLIER_PASSWORD))
                .isEqualTo("logged after the run: ****");

        TestProject later = project("later", "An0ther-pw");
        later.sqlRevision("a2", "a1", EARLIER_PASSWORD + " report", "SELECT 1", "SELECT 1");
        CliRun history = later.cli("history");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).contains("a1 -> a2 (head), " + EARLIER_PASSWORD + " report");
        CliRun typed = later.cli("upgrade", "--sql", "An0ther-pw");
        assertThat(typed.err()).contains("`****`").doesNotContain("An0ther-pw");
    }

    private TestProject project(String folder, String password) {
        TestProject project = TestProject.create(dir.resolve(folder), DatabaseSettings.of(UNREACHABLE, "app", password),
                "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "first", "SELECT 1", "SELECT 1");
        return project;
    }
}
