package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock wait too long for the calendar means "wait as long as it takes", not an internal error. */
class HugeLockTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradeWithALockWaitBeyondInstantMaxRuns() {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.database();
        sandbox.tableRevision("a1", null, "t1");

        CliRun result = sandbox.run("upgrade", "head", "--lock-timeout", "99999999999999h");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.err()).isEmpty();
    }
}
