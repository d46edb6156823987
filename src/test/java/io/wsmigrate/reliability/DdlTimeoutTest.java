package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production-safe DDL: the revisions run with PostgreSQL's lock_timeout (database.lock_timeout,
 * 5 s unless set, or --ddl-lock-timeout) and statement_timeout, so a statement blocked by a busy
 * table fails fast instead of queueing every query behind it.
 */
class DdlTimeoutTest {
    private static final String RECORD_SETTINGS = "SELECT current_setting('lock_timeout') AS lock_timeout,"
            + " current_setting('statement_timeout') AS statement_timeout";

    @TempDir
    Path dir;

    @Test
    void defaultLockTimeoutIsFiveSeconds() {
        assertThat(DatabaseSettings.DEFAULT_LOCK_TIMEOUT).hasSeconds(5);
    }

    @Test
    void byDefaultRevisionsRunWithAFiveSecondLockTimeoutAndNoStatementTimeout() throws Exception {
        TestProject project = settingsRecorder(dir, "");
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
        assertThat(recorded(project)).containsExactly("transactional 5s 0", "non-transactional 5s 0");
    }

    @Test
    void timeoutsComeFromTheSettings() throws Exception {
        TestProject project = settingsRecorder(dir, "lock_timeout: 3s\nstatement_timeout: 40s\n");
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
        assertThat(recorded(project)).containsExactly("transactional 3s 40s", "non-transactional 3s 40s");
    }

    @Test
    void commandLineTimeoutsOverrideTheSettingsForOneRun() throws Exception {
        TestProject project = settingsRecorder(dir, "lock_timeout: 3s\nstatement_timeout: 40s\n");
        CliRun run = project.run("upgrade", "head", "--ddl-lock-timeout", "1500ms",
                "--statement-timeout", "45s");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(recorded(project)).containsExactly("transactional 1500ms 45s", "non-transactional 1500ms 45s");
    }

    @Test
    void theTimeoutsDoNotOutliveTheRevisionsInTheSession() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).databaseOption("lock_timeout: 3s\n").create();
        project.nextRevision("r01", false, TestProject.sql("SELECT 1"), "");
        project.nextRevision("r02", TestProject.sql("CREATE TABLE after_run AS SELECT 1 AS one"), "");
        assertThat(project.run("upgrade", "r01").exitCode()).isZero();
        assertThat(project.run("upgrade", "head").exitCode()).isZero();
        // the non-transactional revision sets them for the session and resets them when it is recorded
        try (Connection c = project.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM after_run")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void alterTableBlockedByABusyTableFailsWithinTheLockTimeoutAndAppliesNothing() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE busy (id int)"), TestProject.sql("DROP TABLE busy"));
        project.nextRevision("r02", TestProject.sql("ALTER TABLE busy ADD COLUMN note text"),
                TestProject.sql("ALTER TABLE busy DROP COLUMN note"));
        assertThat(project.run("upgrade", "r01").exitCode()).isZero();
        try (Connection reader = project.connect()) {
            reader.setAutoCommit(false);
            try (Statement s = reader.createStatement()) {
                s.execute("LOCK TABLE busy IN ACCESS SHARE MODE"); // what any SELECT in an open transaction holds
            }
            CliRun run = project.run("upgrade", "head", "--ddl-lock-timeout", "1s");
            System.out.printf("blocked ALTER TABLE with lock_timeout 1 s: exit %d after %d ms: %s%n", run.exitCode(),
                    run.millis(), run.errorLine());

            assertThat(run.exitCode()).isEqualTo(6);
            assertThat(run.millis()).isBetween(1000L, 9000L);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.errorLine()).contains("revision r02", "ALTER TABLE busy ADD COLUMN note text",
                    "canceling statement due to lock timeout", "lock_timeout (1 s)", "--ddl-lock-timeout");
            reader.rollback();
        }
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_name = 'busy' AND column_name = 'note'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("column added").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT string_agg(version_num, ',') FROM "
                    + ReliabilityProjects.VERSION_TABLE)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("r01");
            }
        }
        assertThat(project.run("upgrade", "head").exitCode()).as("once the table is free").isZero();
    }

    @Test
    @Tag("slow")
    void withDefaultSettingsABlockedAlterTableGivesUpAfterFiveSeconds() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE busy (id int)"), TestProject.sql("DROP TABLE busy"));
        project.nextRevision("r02", TestProject.sql("ALTER TABLE busy ALTER COLUMN id TYPE bigint"), "");
        assertThat(project.run("upgrade", "r01").exitCode()).isZero();
        try (Connection reader = project.connect()) {
            reader.setAutoCommit(false);
            try (Statement s = reader.createStatement()) {
                s.execute("SELECT count(*) FROM busy");
            }
            CliRun run = project.run("upgrade", "head");
            System.out.printf("blocked ALTER TABLE with the default lock_timeout: exit %d after %d ms%n",
                    run.exitCode(), run.millis());
            assertThat(run.exitCode()).isEqualTo(6);
            assertThat(run.millis()).isBetween(5000L, 14000L);
            assertThat(run.errorLine()).contains("lock_timeout (5 s)");
            reader.rollback();
        }
    }

    @Test
    void statementTimeoutStopsALongStatement() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).databaseOption("statement_timeout: 30s\n").create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE before_sleep (id int)")
                + TestProject.sql("SELECT pg_sleep(20)"), "");
        CliRun run = project.run("upgrade", "head", "--statement-timeout", "500ms");
        System.out.printf("pg_sleep(20) with statement_timeout 500 ms: exit %d after %d ms: %s%n", run.exitCode(),
                run.millis(), run.errorLine());

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.millis()).as("far below the 20 s sleep").isLessThan(15_000L);
        assertThat(run.errorLine()).contains("canceling statement due to statement timeout",
                "statement_timeout (500 ms)", "--statement-timeout");
        try (Connection c = project.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('before_sleep') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the revision's earlier statement was rolled back").isTrue();
        }
    }

    /** Two revisions, one transactional and one not, that record the timeouts their session runs with. */
    private static TestProject settingsRecorder(Path dir, String databaseLines) {
        TestProject project = ReliabilityProjects.reliability(dir).databaseOption(databaseLines).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE seen AS SELECT 1 AS n, 'transactional' AS kind, "
                + RECORD_SETTINGS.substring("SELECT ".length())), TestProject.sql("DROP TABLE seen"));
        project.nextRevision("r02", false, TestProject.sql("INSERT INTO seen SELECT 2, 'non-transactional', "
                + RECORD_SETTINGS.substring("SELECT ".length())), TestProject.sql("DELETE FROM seen WHERE n = 2"));
        return project;
    }

    private static List<String> recorded(TestProject project) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = project.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, lock_timeout, statement_timeout FROM seen ORDER BY n")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
