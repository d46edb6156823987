package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many deploys at once: sixteen processes run {@code upgrade head} on the same database together. */
@Tag("slow")
class ConcurrentUpgradeTest {
    private static final int PROCESSES = 16;
    private static final int REVISIONS = 50;

    @TempDir
    Path dir;

    @Test
    void sixteenProcessesStartedTogetherApplyEveryRevisionExactlyOnce() throws Exception {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        for (int k = 1; k <= REVISIONS; k++) {
            String create = k == 1 ? TestProject.sql("CREATE TABLE applied_log (revision text NOT NULL, pid int NOT NULL)")
                    : "";
            project.nextRevision(String.format("r%03d", k), create
                    + TestProject.sql("CREATE TABLE t_" + k + " (id int)")
                    + TestProject.sql("INSERT INTO applied_log VALUES ('r" + k + "', pg_backend_pid())"),
                    TestProject.sql("DROP TABLE t_" + k));
        }
        Path barrier = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(ChildJvm.startAfter(barrier, project.settingsFile(), dir.resolve("run" + i + ".log"),
                    "upgrade", "head"));
        }
        StartTogether.awaitReady(barrier, PROCESSES);
        long start = System.nanoTime();
        Files.createFile(barrier);
        List<Integer> exitCodes = new ArrayList<>();
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
            exitCodes.add(process.exitValue());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%d processes, %d revisions: all done in %d ms%n", PROCESSES, REVISIONS, millis);

        int applied = 0;
        int idle = 0;
        for (int i = 0; i < PROCESSES; i++) {
            String log = Files.readString(dir.resolve("run" + i + ".log"));
            assertThat(exitCodes.get(i)).as(log).isZero();
            applied += log.contains("Done: " + REVISIONS + " revisions") ? 1 : 0;
            idle += log.contains("Nothing to upgrade; the database is at r050.") ? 1 : 0;
        }
        assertThat(applied).as("processes that ran the revisions").isEqualTo(1);
        assertThat(idle).as("processes that found the database at head").isEqualTo(PROCESSES - 1);
        try (Connection c = project.connect(); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM applied_log")).isEqualTo(REVISIONS);
            assertThat(single(s, "SELECT count(DISTINCT revision) FROM applied_log")).isEqualTo(REVISIONS);
            assertThat(single(s, "SELECT count(DISTINCT pid) FROM applied_log")).as("one process applied them all")
                    .isEqualTo(1);
            assertThat(single(s, "SELECT count(*) FROM pg_tables WHERE tablename ~ '^t_[0-9]+$'")).isEqualTo(REVISIONS);
            assertThat(single(s, "SELECT count(*) FROM " + ReliabilityProjects.VERSION_TABLE)).isEqualTo(REVISIONS);
            assertThat(single(s, "SELECT count(DISTINCT version_num) FROM " + ReliabilityProjects.VERSION_TABLE))
                    .isEqualTo(REVISIONS);
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM " + ReliabilityProjects.VERSION_TABLE
                    + " WHERE is_head")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(String.format("r%03d", REVISIONS));
                assertThat(rs.next()).as("exactly one head row").isFalse();
            }
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
