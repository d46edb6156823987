package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database connection dropped mid-run (the server terminates the migrating backend, as a
 * failover or an administrator would): one clear line saying the connection was lost and to
 * rerun, the database at a revision boundary, and a rerun that completes.
 */
@Tag("slow")
class ConnectionLossTest {
    private static final int TRIALS = Integer.getInteger("reliability.trials", 12);
    /** Twenty revisions of at least 50 ms each: a termination within 900 ms interrupts the run. */
    private static final int WINDOW_MILLIS = 900;

    @TempDir
    Path dir;

    /** Twenty revisions; revision k creates t_k and sleeps 50 ms, so a termination lands mid-run. */
    private static TestProject sleepingChain(Path dir) {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        for (int k = 1; k <= KillDuringUpgradeTest.REVISIONS; k++) {
            project.nextRevision(DatabaseState.id(k), TestProject.sql("CREATE TABLE t_" + k + " (id int)")
                    + TestProject.sql("SELECT pg_sleep(0.05)"), TestProject.sql("DROP TABLE t_" + k));
        }
        return project;
    }

    @Test
    void terminatedBackendGivesOneClearLineAndTheDatabaseStaysAtARevisionBoundary() throws Exception {
        long seed = Long.getLong("reliability.seed", System.currentTimeMillis());
        Random random = new Random(seed);
        TestProject project = sleepingChain(dir);
        TreeMap<Integer, Integer> boundaries = new TreeMap<>();
        int interrupted = 0;
        long start = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            try (Connection admin = project.connect()) {
                CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                        () -> project.run("upgrade", "head"));
                int pid = awaitRevisionRunning(admin, run);
                int delay = random.nextInt(WINDOW_MILLIS);
                Thread.sleep(delay);
                terminate(admin, pid);
                CliRun result = run.get(60, TimeUnit.SECONDS);

                DatabaseState.awaitNoMigrationSession(admin, 15_000);
                assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
                int k = DatabaseState.read(admin).assertAtBoundary();
                boundaries.merge(k, 1, Integer::sum);
                if (k < KillDuringUpgradeTest.REVISIONS) {
                    interrupted++;
                    assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
                    assertThat(result.err().lines()).as("one line").hasSize(1);
                    assertThat(result.errorLine()).contains("connection to the database was lost")
                            .contains("rerun");
                    System.out.printf("trial %d: terminated %d ms after the first revision started: at revision %d;"
                            + " %s%n", trial, delay, k, result.errorLine());
                }

                CliRun rerun = project.run("upgrade", "head");
                assertThat(rerun.exitCode()).as(rerun.err()).isZero();
                assertThat(DatabaseState.read(admin).assertAtBoundary()).isEqualTo(KillDuringUpgradeTest.REVISIONS);
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
            }
        }
        System.out.printf("connection terminated: %d trials (seed %d) in %d ms; %d interrupted the run;"
                        + " revision boundary -> trials: %s%n", TRIALS, seed, (System.nanoTime() - start) / 1_000_000,
                interrupted, boundaries);
        assertThat(interrupted).isGreaterThan(TRIALS / 2);
    }

    /**
     * The pid of the migrating session, once it runs a revision's statements: seen by its 50 ms sleep,
     * which a poll under load still catches (a CREATE TABLE alone passes in well under a millisecond).
     */
    private static int awaitRevisionRunning(Connection admin, CompletableFuture<CliRun> run) throws Exception {
        String sql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'ws-migrate' AND (query LIKE '%t\\_%' OR query LIKE '%pg\\_sleep%')";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before the test saw it: " + run.get().err());
            }
            try (PreparedStatement ps = admin.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(2);
        }
        throw new AssertionError("no revision started");
    }

    private static void terminate(Connection admin, int pid) throws Exception {
        try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, pid);
            ps.execute();
        }
    }
}
