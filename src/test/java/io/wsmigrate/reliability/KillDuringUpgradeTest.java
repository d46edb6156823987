package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy killed with SIGKILL at random moments of a multi-revision upgrade: every time the
 * database is exactly at a revision boundary, no lock is left behind, and a rerun finishes.
 * Trials run two at a time, each pair on databases of their own, to keep the test short.
 */
@Tag("slow")
@Tag(TestPostgres.COMPAT_TAG)
class KillDuringUpgradeTest {
    private static final int TRIALS = Integer.getInteger("reliability.trials", 30);
    private static final int WORKERS = 2;
    static final int REVISIONS = 20;
    /** Each revision sleeps 50 ms, so the upgrade takes a little over a second: the kill window. */
    private static final int WINDOW_MILLIS = 1400;

    @TempDir
    Path dir;

    /** What one trial saw. */
    record Outcome(int trial, boolean fromStart, int delayMillis, int boundary, long releasedAfterMillis,
                   long startupMillis) {
    }

    @Test
    void killedUpgradeLeavesTheDatabaseAtARevisionBoundaryAndARerunFinishes() throws Exception {
        long seed = Long.getLong("reliability.seed", System.currentTimeMillis());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<List<Outcome>>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> runTrials(worker, new Random(seed + worker))));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> worker : workers) {
            outcomes.addAll(worker.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();

        TreeMap<Integer, Integer> boundaries = new TreeMap<>();
        outcomes.forEach(o -> boundaries.merge(o.boundary(), 1, Integer::sum));
        System.out.printf("SIGKILL: %d trials (seed %d) in %d ms; revision boundary -> trials: %s; the server"
                        + " released the dead session %d ms after the kill on average, %d ms at most;"
                        + " JVM start to first revision %d ms on average%n",
                outcomes.size(), seed, (System.nanoTime() - start) / 1_000_000, boundaries,
                (long) outcomes.stream().mapToLong(Outcome::releasedAfterMillis).average().orElse(0),
                outcomes.stream().mapToLong(Outcome::releasedAfterMillis).max().orElse(0),
                (long) outcomes.stream().filter(o -> !o.fromStart()).mapToLong(Outcome::startupMillis).average()
                        .orElse(0));
        assertThat(outcomes).hasSize(TRIALS);
        assertThat(boundaries.keySet()).as("kills landed mid-run, at several boundaries")
                .filteredOn(k -> k > 0 && k < REVISIONS).hasSizeGreaterThan(2);
    }

    private List<Outcome> runTrials(int worker, Random random) throws Exception {
        TestProject project = chain(dir.resolve("worker" + worker));
        List<Outcome> outcomes = new ArrayList<>();
        for (int trial = worker; trial < TRIALS; trial += WORKERS) {
            outcomes.add(trial(project, trial, random));
            reset(project);
        }
        return outcomes;
    }

    private Outcome trial(TestProject project, int trial, Random random) throws Exception {
        Path log = dir.resolve("trial" + trial + ".log");
        // most kills land while revisions run; every fifth one anywhere from JVM start, lock wait included
        boolean fromStart = trial % 5 == 4;
        int delay = random.nextInt(fromStart ? 2500 : WINDOW_MILLIS);
        try (Connection admin = project.connect()) {
            long launched = System.nanoTime();
            Process process = ChildJvm.start(project.settingsFile(), log, "upgrade", "head");
            if (!fromStart) {
                awaitFirstRevision(process, log);
            }
            long startup = (System.nanoTime() - launched) / 1_000_000;
            Thread.sleep(delay);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

            long released = DatabaseState.awaitNoMigrationSession(admin, 15_000);
            assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
            int k = DatabaseState.read(admin).assertAtBoundary();

            CliRun rerun = project.run("upgrade", "head");
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(DatabaseState.read(admin).assertAtBoundary()).isEqualTo(REVISIONS);
            System.out.printf("trial %d: killed %d ms after %s: at revision %d; rerun finished in %d ms%n", trial,
                    delay, fromStart ? "the JVM started" : "the first revision started", k, rerun.millis());
            return new Outcome(trial, fromStart, delay, k, released, startup);
        }
    }

    /** Back to an empty database for the next trial. */
    private static void reset(TestProject project) throws Exception {
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    /** Twenty revisions; revision k creates t_k and sleeps, so there is time to kill it mid-way. */
    static TestProject chain(Path dir) {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        for (int k = 1; k <= REVISIONS; k++) {
            project.nextRevision(DatabaseState.id(k), TestProject.sql("CREATE TABLE t_" + k + " (id int)")
                    + TestProject.sql("SELECT pg_sleep(0.05)"), TestProject.sql("DROP TABLE t_" + k));
        }
        return project;
    }

    /** Waits for the first progress line: the lock is taken and the revisions' SQL is generated. */
    static void awaitFirstRevision(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.readString(log).contains("Running upgrade")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the run never started a revision: " + Files.readString(log));
            }
            Thread.sleep(5);
        }
    }
}
