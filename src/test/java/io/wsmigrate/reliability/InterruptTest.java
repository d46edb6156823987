package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C and SIGTERM while a revision's statement runs on the server: the tool cancels it, rolls
 * the revision back, says what it applied and where the database is, and exits 130 or 143; after
 * it has exited no statement of it runs on the server, no lock is held, and the version table
 * records exactly the revisions whose changes are there.
 */
class InterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} during a {1} revision")
    @CsvSource({"TERM, true", "INT, true", "TERM, false"})
    void aSignalCancelsTheRunningStatementAndReportsWhereTheDatabaseIs(String signal, boolean transactional)
            throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision(DatabaseState.id(1), TestProject.sql("CREATE TABLE t_1 (id int)"),
                TestProject.sql("DROP TABLE t_1"));
        // transactional: holds ACCESS EXCLUSIVE on t_1 while it sleeps, as a long ALTER TABLE would
        project.nextRevision(DatabaseState.id(2), transactional, TestProject.sql(transactional
                ? "LOCK TABLE t_1 IN ACCESS EXCLUSIVE MODE" : "CREATE TABLE t_2 (id int)")
                + TestProject.sql("SELECT pg_sleep(120)"), TestProject.sql("SELECT 1"));
        try (Connection admin = project.connect()) {
            String output = signalWhileSleeping(project, admin, signal, "upgrade", "head");
            assertThat(output).contains(transactional ? "revision r02" : "non-transactional revision r02")
                    .contains(transactional ? "rolled back" : "statements that finished stay applied")
                    .contains("this run applied r01").contains("the database is at r01")
                    .doesNotContain("\tat ");
            assertThat(activeStatements(admin, "%")).as("statements of ws-migrate still running after it exited").isZero();
            DatabaseState.awaitNoMigrationSession(admin, 15_000);
            assertThat(DatabaseState.advisoryLocks(admin)).isZero();
            assertThat(DatabaseState.read(admin).versionRows()).containsExactly("r01");
            try (PreparedStatement ps = admin.prepareStatement("LOCK TABLE t_1 IN ACCESS EXCLUSIVE MODE NOWAIT")) {
                // fails if the cancelled revision still held it
                admin.setAutoCommit(false);
                ps.execute();
                admin.rollback();
                admin.setAutoCommit(true);
            }
        }
    }

    @ParameterizedTest(name = "{0} during a run in one transaction")
    @CsvSource({"TERM", "INT"})
    void aSignalRollsBackARunInOneTransactionWhole(String signal) throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision(DatabaseState.id(1), TestProject.sql("CREATE TABLE t_1 (id int)"),
                TestProject.sql("DROP TABLE t_1"));
        project.nextRevision(DatabaseState.id(2), TestProject.sql("LOCK TABLE t_1 IN ACCESS EXCLUSIVE MODE")
                + TestProject.sql("SELECT pg_sleep(120)"), TestProject.sql("SELECT 1"));
        try (Connection admin = project.connect()) {
            String output = signalWhileSleeping(project, admin, signal, "upgrade", "head", "--single-transaction");
            assertThat(output).contains("the run was one transaction (--single-transaction) and was rolled back whole")
                    .contains("it applied no revision; the database is at base").doesNotContain("\tat ");
            assertRolledBackWhole(admin);
        }
    }

    /**
     * A run in one transaction fails in r02; while the failure is diagnosed (the statements run again
     * one by one, and r01's sleeps the second time) SIGTERM comes: the run stops as stopped, rolled
     * back whole, and does not name r01's cancelled statement as the one that failed.
     */
    @Test
    void aSignalWhileAFailureOfARunInOneTransactionIsDiagnosedStopsItWithoutBlamingARevision() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.execute("CREATE SEQUENCE probe");
        project.nextRevision(DatabaseState.id(1), TestProject.sql("CREATE TABLE t_1 (id int)")
                + TestProject.sql("SELECT pg_sleep(CASE WHEN nextval('probe') > 1 THEN 120 ELSE 0 END)"),
                TestProject.sql("DROP TABLE t_1"));
        project.nextRevision(DatabaseState.id(2), TestProject.sql("CREATE TABLE t_2 (id int)")
                + TestProject.sql("INSERT INTO no_such_table VALUES (1)"), TestProject.sql("DROP TABLE t_2"));
        try (Connection admin = project.connect()) {
            String output = signalWhen(project, admin, "TERM", () -> diagnosing(admin),
                    "upgrade", "head", "--single-transaction");
            assertThat(output).contains("the run was one transaction (--single-transaction) and was rolled back whole")
                    .contains("it applied no revision; the database is at base")
                    .doesNotContain("upgrade of revision r01").doesNotContain("\tat ");
            assertRolledBackWhole(admin);
        }
    }

    /**
     * SIGTERM as the last revision of a run in one transaction starts, before its round trip is sent
     * ({@link SignalBetweenRevisions}): the cancel lands while nothing runs, and the run must not go
     * on to its COMMIT.
     */
    @Test
    void aSignalBeforeTheLastRoundTripOfARunInOneTransactionStopsItBeforeItsCommit() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        for (int k = 1; k <= 2; k++) {
            project.nextRevision(DatabaseState.id(k), TestProject.sql("CREATE TABLE t_" + k + " (id int)"),
                    TestProject.sql("DROP TABLE t_" + k));
        }
        Path log = dir.resolve("run.log");
        Process process = ChildJvm.startMain(SignalBetweenRevisions.class, project.settingsFile(), log,
                DatabaseState.id(2), "single");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();

        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.TERMINATED.code());
        assertThat(output).contains("ERROR: stopped by SIGTERM: the run was one transaction (--single-transaction)"
                + " and was rolled back whole, so it applied no revision; the database is at base");
        try (Connection admin = project.connect()) {
            assertThat(DatabaseState.read(admin).assertAtBoundary()).isZero();
            assertThat(DatabaseState.advisoryLocks(admin)).isZero();
        }
    }

    /** After a stopped run in one transaction: nothing of it runs, holds the lock or stayed applied. */
    private static void assertRolledBackWhole(Connection admin) throws Exception {
        assertThat(activeStatements(admin, "%")).as("statements of ws-migrate still running after it exited").isZero();
        DatabaseState.awaitNoMigrationSession(admin, 15_000);
        assertThat(DatabaseState.advisoryLocks(admin)).isZero();
        assertThat(DatabaseState.read(admin).assertAtBoundary()).isZero();
    }

    /** The run's failure is being diagnosed: r01's statement sleeps on its second run. */
    private static boolean diagnosing(Connection admin) throws Exception {
        try (java.sql.Statement s = admin.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT last_value FROM probe")) {
            rs.next();
            return rs.getLong(1) >= 2 && activeStatements(admin, "%pg_sleep%") > 0;
        }
    }

    /** A condition the database shows, polled before the signal. */
    private interface Ready {
        boolean now() throws Exception;
    }

    /**
     * Runs ws-migrate with {@code args}, sends it SIGTERM or SIGINT once a revision sleeps on the
     * server, and asserts it exits with the signal's code and a one-line stop message. Returns its output.
     */
    private String signalWhileSleeping(TestProject project, Connection admin, String signal, String... args)
            throws Exception {
        return signalWhen(project, admin, signal, () -> activeStatements(admin, "%pg_sleep%") > 0, args);
    }

    /** As {@link #signalWhileSleeping}, the signal sent once {@code ready}. */
    private String signalWhen(TestProject project, Connection admin, String signal, Ready ready, String... args)
            throws Exception {
        Path log = dir.resolve("run.log");
        Process process = ChildJvm.start(project.settingsFile(), log, args);
        long pid = process.pid();
        await(ready, process, log);
        if (signal.equals("INT")) {
            Assumptions.assumeFalse(ignoresSigint(pid), "the test JVM was started with SIGINT ignored");
        }
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();

        String output = Files.readString(log);
        ExitCode expected = signal.equals("TERM") ? ExitCode.TERMINATED : ExitCode.INTERRUPTED;
        assertThat(process.exitValue()).as(output).isEqualTo(expected.code());
        assertThat(output).contains("ERROR: stopped by " + (signal.equals("TERM") ? "SIGTERM" : "Ctrl-C (SIGINT)"));
        return output;
    }

    private static void await(Ready ready, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!ready.now()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the run never came to where the signal is sent: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    private static int activeStatements(Connection admin, String like) throws Exception {
        return DatabaseState.activeQueries(admin, "ws-migrate", like);
    }

    /** A process started with SIGINT ignored (a background job) cannot take it over: Java then leaves it. */
    private static boolean ignoresSigint(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }
}
