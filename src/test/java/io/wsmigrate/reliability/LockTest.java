package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration lock: session-level, so a non-transactional revision's CREATE INDEX CONCURRENTLY
 * does not deadlock with it (Flyway's known problem when another run waits for the lock inside a
 * transaction); {@code ws-migrate lock} shows its holder; a waiting run gives up after
 * {@code --lock-timeout}.
 */
@Tag(TestPostgres.COMPAT_TAG)
class LockTest {
    /** The first key of ws-migrate's advisory locks ("wsmg"). */
    private static final int NAMESPACE = 0x77736d67;

    @TempDir
    Path dir;

    @Test
    void concurrentIndexBuildFinishesWhileAnotherRunWaitsForTheLock() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE big (id int, v int)")
                + TestProject.sql("INSERT INTO big SELECT g, g % 997 FROM generate_series(1, 200000) g"),
                TestProject.sql("DROP TABLE big"));
        project.nextRevision("r02", false, TestProject.sql(Gate.PASS)
                + TestProject.sql("CREATE INDEX CONCURRENTLY big_v_idx ON big (v)"),
                TestProject.sql("DROP INDEX CONCURRENTLY big_v_idx"));
        try (Connection admin = project.connect(); Gate gate = Gate.closed(project)) {
            long start = System.nanoTime();
            CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(
                    () -> project.run("upgrade", "head"));
            int holder = DatabaseState.awaitLockHolder(admin, 60_000);
            CompletableFuture<CliRun> second = CompletableFuture.supplyAsync(
                    () -> project.run("upgrade", "head"));
            awaitOtherSession(admin, holder);
            gate.open(); // the index is built while the second run waits for the lock

            // a deadlock would hang here: both runs must end well within the timeout
            CliRun firstResult = first.get(60, TimeUnit.SECONDS);
            CliRun secondResult = second.get(60, TimeUnit.SECONDS);
            System.out.printf("CREATE INDEX CONCURRENTLY with a second run waiting for the lock: both done in %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(firstResult.exitCode()).as(firstResult.err()).isZero();
            assertThat(secondResult.exitCode()).as(secondResult.err()).isZero();
            assertThat(firstResult.out() + secondResult.out()).contains("Done: 2 revisions", "Nothing to upgrade");
            try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_v_idx'::regclass")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("index valid").isTrue();
            }
        }
    }

    @Test
    void concurrentIndexBuildBlockedByAnOpenWriteGivesUpAndNamesTheInvalidIndex() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE big (id int, v int)"), TestProject.sql("DROP TABLE big"));
        project.nextRevision("r02", false, TestProject.sql("CREATE INDEX CONCURRENTLY big_v_idx ON big (v)"),
                TestProject.sql("DROP INDEX CONCURRENTLY big_v_idx"));
        assertThat(project.run("upgrade", "r01").exitCode()).isZero();
        try (Connection writer = project.connect()) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO big VALUES (1, 1)"); // an open write transaction on the table
            }
            CliRun run = project.run("upgrade", "head", "--ddl-lock-timeout", "1s");
            writer.rollback();
            System.out.printf("CREATE INDEX CONCURRENTLY behind an open write: exit %d after %d ms: %s%n",
                    run.exitCode(), run.millis(), run.errorLine());
            assertThat(run.exitCode()).isEqualTo(6);
            assertThat(run.errorLine()).contains("lock_timeout (1 s)",
                    "it left the INVALID index big_v_idx behind: DROP INDEX CONCURRENTLY big_v_idx first");
        }
        try (Connection c = project.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_v_idx'::regclass")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("index valid").isFalse();
            s.execute("DROP INDEX CONCURRENTLY big_v_idx");
        }
        assertThat(project.run("upgrade", "head").exitCode()).as("rerun after the repair").isZero();
    }

    @Test
    void lockCommandShowsTheSessionOfARunHoldingTheLock() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql(Gate.PASS), "");
        assertThat(project.run("lock").out()).contains("The migration lock of "
                + ReliabilityProjects.VERSION_TABLE + " is free.");
        try (Connection admin = project.connect(); Gate gate = Gate.closed(project)) {
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                    () -> project.run("upgrade", "head"));
            int pid = DatabaseState.awaitLockHolder(admin, 60_000);

            CliRun lock = project.run("lock");
            System.out.print("ws-migrate lock during a run: " + lock.out());
            assertThat(lock.exitCode()).isZero();
            // a password equal to the user name (the embedded server's postgres/postgres) leaves the
            // name whole: masking it would only show the reader the password
            assertThat(lock.out()).contains("The migration lock of " + ReliabilityProjects.VERSION_TABLE
                    + " is held by pid " + pid + " (ws-migrate, user " + project.database().user());
            gate.open();
            assertThat(run.get(60, TimeUnit.SECONDS).exitCode()).isZero();
        }
        assertThat(project.run("lock").out()).contains("is free.");
    }

    @Test
    void aSecondRunGivesUpAfterTheLockTimeoutAndNamesTheHolder() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql(Gate.PASS), "");
        try (Connection admin = project.connect(); Gate gate = Gate.closed(project)) {
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                    () -> project.run("upgrade", "head"));
            int pid = DatabaseState.awaitLockHolder(admin, 60_000);

            CliRun second = project.run("upgrade", "head", "--lock-timeout", "1s");
            assertThat(second.exitCode()).isEqualTo(7);
            assertThat(second.errorLine()).contains("another ws-migrate run holds the migration lock",
                    "held by pid " + pid, "--lock-timeout", "ws-migrate lock");
            gate.open();
            assertThat(run.get(60, TimeUnit.SECONDS).exitCode()).isZero();
        }
    }

    /**
     * A function named like the lock's, in a schema a role's search_path puts before pg_catalog,
     * is not what takes the lock: were it, a second run would think it held the lock and migrate too.
     */
    @Test
    void aLookalikeLockFunctionEarlierOnTheSearchPathIsNotCalled() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql(Gate.PASS), "");
        project.execute("CREATE FUNCTION public.pg_try_advisory_lock(integer, integer) RETURNS boolean LANGUAGE sql"
                + " AS 'SELECT true'; CREATE FUNCTION public.pg_advisory_unlock(integer, integer) RETURNS boolean"
                + " LANGUAGE sql AS 'SELECT true'; DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path ="
                + " public, pg_catalog', current_database()); END $$");
        try (Connection admin = project.connect(); Gate gate = Gate.closed(project)) {
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                    () -> project.run("upgrade", "head"));
            int pid = DatabaseState.awaitLockHolder(admin, 60_000);

            CliRun second = project.run("upgrade", "head", "--lock-timeout", "1s");
            assertThat(second.exitCode()).as(second.err()).isEqualTo(7);
            assertThat(second.errorLine()).contains("held by pid " + pid);
            gate.open();
            assertThat(run.get(60, TimeUnit.SECONDS).exitCode()).isZero();
        }
        assertThat(project.appliedRevisions()).containsExactly("r01");
    }

    @Test
    void connectionLostWhileWaitingForTheLockSaysSoAndToRerun() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE t_1 (id int)"), TestProject.sql("DROP TABLE t_1"));
        try (Connection holder = project.connect(); Connection admin = project.connect()) {
            try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
                ps.setInt(1, NAMESPACE);
                ps.setInt(2, AdvisoryLock.keyFor(ReliabilityProjects.VERSION_TABLE));
                ps.execute();
            }
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                    () -> project.run("upgrade", "head"));
            int pid = awaitSession(admin);
            try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                ps.setInt(1, pid);
                ps.execute();
            }
            CliRun result = run.get(60, TimeUnit.SECONDS);
            assertThat(result.exitCode()).isEqualTo(4);
            assertThat(result.err().lines()).hasSize(1);
            assertThat(result.errorLine()).contains("the connection to the database was lost",
                    "rerun the same command to continue");
        }
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
    }

    /** Waits until a ws-migrate session other than {@code holder} is connected: the run waiting for the lock. */
    private static void awaitOtherSession(Connection admin, int holder) throws Exception {
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'ws-migrate' AND pid <> " + holder;
        for (int i = 0; i < 6000; i++) {
            try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second run never connected");
    }

    /**
     * Waits until the run polls for the migration lock (its last statement is the try-lock), not
     * merely connected and still reading the server.
     */
    private static int awaitSession(Connection admin) throws Exception {
        String sql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'ws-migrate' AND query LIKE 'SELECT pg_catalog.pg_try_advisory_lock%'";
        for (int i = 0; i < 6000; i++) {
            try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run never connected");
    }
}
