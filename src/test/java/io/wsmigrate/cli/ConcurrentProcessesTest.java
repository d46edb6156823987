package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Real ws-migrate processes against one database: the advisory lock across JVMs, and a run killed mid-way. */
@ExtendWith(DropsDatabases.class)
class ConcurrentProcessesTest {
    private static final int PROCESSES = 4;

    @TempDir
    Path dir;

    @Test
    void processesUpgradingAtOnceApplyEveryRevisionExactlyOnceAndAllSucceed() throws Exception {
        TestProject project = TestProject.create(dir);
        project.sqlRevision("r1", null, "Log", "CREATE TABLE applied (rev text, at timestamptz DEFAULT clock_timestamp());"
                + " INSERT INTO applied (rev) VALUES ('r1')", "DROP TABLE applied");
        for (int i = 2; i <= 4; i++) {
            project.sqlRevision("r" + i, "r" + (i - 1), "Step " + i,
                    "INSERT INTO applied (rev) VALUES ('r" + i + "'); SELECT pg_sleep(0.2)", null);
        }

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(start(project, "run" + i, "upgrade", "head"));
        }
        int applied = 0;
        for (int i = 0; i < PROCESSES; i++) {
            Process process = processes.get(i);
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("run %d finished", i).isTrue();
            String out = Files.readString(dir.resolve("run" + i + ".out"));
            String err = Files.readString(dir.resolve("run" + i + ".err"));
            assertThat(process.exitValue()).as(out + err).isZero();
            assertThat(err).isEmpty();
            applied += (int) out.lines().filter(l -> l.startsWith("Running upgrade")).count();
        }

        assertThat(applied).isEqualTo(4);
        assertThat(project.query("SELECT rev FROM applied ORDER BY at")).containsExactly("r1", "r2", "r3", "r4");
        assertThat(project.currentHeads()).containsExactly("r4");
    }

    @Test
    void aProcessKilledMidRunLeavesNoLockAndNoHalfAppliedRevision() throws Exception {
        TestProject project = TestProject.create(dir);
        // b2 must wait at the gate until killed, not give up after the default 5 s DDL lock_timeout
        project.writeSettings("  lock_timeout: 120s\n", "migrations:\n  package: com.example.shop\n"
                + "  location: migrations\n");
        project.execute("CREATE TABLE gate (id int)");
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Gated", "CREATE TABLE half (id int); INSERT INTO gate VALUES (1)",
                "DROP TABLE half");

        try (Connection gatekeeper = project.connect(); Connection watcher = project.connect()) {
            // b2 waits on this lock: the child is killed while b2's transaction is open, at a known point
            gatekeeper.setAutoCommit(false);
            gatekeeper.createStatement().execute("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
            Process process = start(project, "killed", "upgrade", "head");
            await(() -> project.appliedRevisions().contains("a1")
                    && !project.query("SELECT pid FROM pg_locks WHERE NOT granted").isEmpty(), 60);
            assertThat(AdvisoryLock.holders(watcher, project.versionTable())).hasSize(1);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve("killed.err"))).doesNotContain("ERROR");
            gatekeeper.rollback();
            // the server notices the client is gone, rolls b2 back and ends the session, and its lock
            await(() -> AdvisoryLock.holders(watcher, project.versionTable()).isEmpty(), 30);
        }

        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.tables()).doesNotContain("half");
        var rerun = project.cli("upgrade", "head", "--lock-timeout", "5s");
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.out()).startsWith("Running upgrade a1 -> b2, Gated");
        assertThat(project.currentHeads()).containsExactly("b2");
    }

    private Process start(TestProject project, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "-c", project.settingsFile().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
