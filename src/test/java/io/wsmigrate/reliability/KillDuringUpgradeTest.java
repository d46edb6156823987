package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy killed with SIGKILL at chosen moments of a multi-revision upgrade: while it waits for
 * the migration lock, and in the middle of the first, an early, a middle and the last revision.
 * Every time the database is exactly at the revision boundary before the kill, no lock is left
 * behind, and a rerun applies each remaining revision exactly once.
 *
 * <p>Each revision k takes a share lock on row k of {@code gate} before it logs itself; the test
 * holds that row for update, so the run blocks inside revision k's transaction until it is killed.
 * Each kill has a database of its own, and the runs start together to keep the test short.
 */
@Tag("slow")
@Tag(TestPostgres.COMPAT_TAG)
class KillDuringUpgradeTest {
    static final int REVISIONS = 20;
    /** The revisions a run is killed in: the first, an early, a middle and the last. */
    private static final int[] KILLED_IN = {1, 2, 10, REVISIONS};
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path dir;

    @Test
    void aRunKilledWhileWaitingForTheMigrationLockChangesNothing() throws Exception {
        TestProject project = chain(dir);
        try (Connection admin = project.connect(); Connection holder = project.connect();
             AdvisoryLock ignored = AdvisoryLock.acquire(holder, ReliabilityProjects.VERSION_TABLE,
                     Duration.ofSeconds(5))) {
            Process process = ChildJvm.start(project.settingsFile(), dir.resolve("lock-wait.log"),
                    "upgrade", "head", "--lock-timeout", "120s");
            awaitRun(process, dir.resolve("lock-wait.log"), () -> waitsForMigrationLock(admin));
            kill(process);
        }
        assertKilledAtThenRerunFinishes(project, 0);
    }

    @Test
    void aRunKilledInsideARevisionLeavesTheDatabaseAtTheBoundaryBeforeIt() throws Exception {
        // one project and database per kill, all runs started at once: a JVM's start is most of a kill's time
        List<TestProject> projects = new ArrayList<>();
        List<Connection> gatekeepers = new ArrayList<>();
        List<Process> runs = new ArrayList<>();
        try {
            for (int k : KILLED_IN) {
                TestProject project = chain(dir.resolve("killed-in-" + k));
                Connection gatekeeper = project.connect();
                gatekeepers.add(gatekeeper);
                gatekeeper.setAutoCommit(false);
                try (Statement s = gatekeeper.createStatement()) {
                    s.execute("SELECT k FROM gate WHERE k = " + k + " FOR UPDATE");
                }
                projects.add(project);
                runs.add(ChildJvm.start(project.settingsFile(), project.resolve("run.log"), "upgrade", "head"));
            }
            for (int i = 0; i < KILLED_IN.length; i++) {
                try (Connection admin = projects.get(i).connect()) {
                    awaitRun(runs.get(i), projects.get(i).resolve("run.log"), () -> blockedOnGate(admin));
                }
                kill(runs.get(i));
                gatekeepers.get(i).rollback();
            }
        } finally {
            runs.forEach(Process::destroyForcibly);
            for (Connection gatekeeper : gatekeepers) {
                gatekeeper.close();
            }
        }
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (int i = 0; i < KILLED_IN.length; i++) {
            boundaries.add(assertKilledAtThenRerunFinishes(projects.get(i), KILLED_IN[i] - 1));
        }
        assertThat(boundaries).as("kills landed at distinct boundaries").hasSize(KILLED_IN.length);
    }

    /**
     * With --single-transaction the revisions go to the server many at a time; a kill after the
     * first round trips, inside a later revision, leaves nothing of the run: its COMMIT was never sent.
     */
    @Test
    void aRunInOneTransactionKilledAfterEarlierRoundTripsLeavesTheDatabaseAsItWas() throws Exception {
        int revisions = 40;
        int gated = 36; // past the first round trip of 32 revisions
        TestProject project = chain(dir, revisions);
        Path log = project.resolve("single.log");
        try (Connection gatekeeper = project.connect(); Connection admin = project.connect()) {
            gatekeeper.setAutoCommit(false);
            try (Statement s = gatekeeper.createStatement()) {
                s.execute("SELECT k FROM gate WHERE k = " + gated + " FOR UPDATE");
            }
            Process process = ChildJvm.start(project.settingsFile(), log, "upgrade", "head", "--single-transaction");
            try {
                awaitRun(process, log, () -> blockedOnGate(admin));
                assertThat(count(admin, "SELECT count(*) FROM applied_log")).as("nothing visible while it runs")
                        .isZero();
                kill(process);
            } finally {
                process.destroyForcibly();
                gatekeeper.rollback();
            }
            DatabaseState.awaitNoMigrationSession(admin, 15_000);
            assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
            assertThat(DatabaseState.read(admin).assertAtBoundary()).as("revision boundary").isZero();
            assertThat(appliedLog(admin)).isEmpty();

            CliRun rerun = project.run("upgrade", "head", "--single-transaction");
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(DatabaseState.read(admin).assertAtBoundary()).isEqualTo(revisions);
            assertThat(appliedLog(admin)).as("each revision applied exactly once").isEqualTo(ids(1, revisions));
        }
    }

    /** Kills the run and waits for its process to end. */
    private static void kill(Process process) throws Exception {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * Asserts the killed run left the database after revision {@code boundary} with no lock held, then
     * that a rerun applies the rest, each revision once. Returns the boundary the database was at.
     */
    private static int assertKilledAtThenRerunFinishes(TestProject project, int boundary) throws Exception {
        try (Connection admin = project.connect()) {
            long released = DatabaseState.awaitNoMigrationSession(admin, 15_000);
            assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
            assertThat(DatabaseState.read(admin).assertAtBoundary()).as("revision boundary").isEqualTo(boundary);
            assertThat(appliedLog(admin)).as("revisions logged").isEqualTo(ids(1, boundary));

            CliRun rerun = project.run("upgrade", "head");
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(DatabaseState.read(admin).assertAtBoundary()).isEqualTo(REVISIONS);
            assertThat(appliedLog(admin)).as("each revision applied exactly once").isEqualTo(ids(1, REVISIONS));
            System.out.printf("killed at revision %d: the server released the dead session after %d ms;"
                    + " the rerun finished in %d ms%n", boundary, released, rerun.millis());
            return boundary;
        }
    }

    /** Twenty revisions; revision k creates t_k, waits for row k of the gate, and logs itself. */
    static TestProject chain(Path dir) throws SQLException {
        return chain(dir, REVISIONS);
    }

    /** {@code revisions} revisions, each as {@link #chain(Path)}'s. */
    static TestProject chain(Path dir, int revisions) throws SQLException {
        TestProject project = ReliabilityProjects.reliability(dir)
                // a revision waits at the gate until killed, not only for the default DDL lock_timeout
                .databaseOption("lock_timeout: 120s").create();
        for (int k = 1; k <= revisions; k++) {
            String id = DatabaseState.id(k);
            project.nextRevision(id, TestProject.sql("CREATE TABLE t_" + k + " (id int)")
                    + TestProject.sql("SELECT k FROM gate WHERE k = " + k + " FOR SHARE")
                    + TestProject.sql("INSERT INTO applied_log VALUES ('" + id + "')"),
                    TestProject.sql("DROP TABLE t_" + k));
        }
        createGate(project, revisions);
        return project;
    }

    private static void createGate(TestProject project, int revisions) throws SQLException {
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gate (k int PRIMARY KEY)");
            s.execute("INSERT INTO gate SELECT generate_series(1, " + revisions + ")");
            s.execute("CREATE TABLE applied_log (revision text NOT NULL)");
        }
    }

    /** Polls until {@code reached} holds, failing if the run ends or a minute passes first. */
    private static void awaitRun(Process process, Path log, Condition reached) throws Exception {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (!reached.holds()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the run never reached the kill point: " + Files.readString(log));
            }
            Thread.sleep(10);
        }
    }

    /** A ws-migrate session waits for a row lock on the gate: the run is inside the gated revision. */
    private static boolean blockedOnGate(Connection admin) throws SQLException {
        return count(admin, "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE NOT l.granted AND a.application_name = 'ws-migrate' AND a.datname = current_database()") > 0;
    }

    /** A ws-migrate session's last statement is the try-lock it polls with: the run waits for the lock. */
    private static boolean waitsForMigrationLock(Connection admin) throws SQLException {
        return count(admin, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ws-migrate'"
                + " AND datname = current_database() AND query LIKE '%pg_try_advisory_lock%'") > 0;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> appliedLog(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM applied_log ORDER BY revision")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            ids.add(DatabaseState.id(k));
        }
        return ids;
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }
}
