package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet upgrade killed with SIGKILL while its workers migrate several tenant schemas: every
 * tenant is left at a revision boundary, no lock is left behind, and a rerun of the same command
 * brings every tenant to head with each revision applied exactly once (each revision appends its
 * number to a log table, so one applied twice would show).
 */
@Tag("slow")
class FleetKillTest {
    private static final int TRIALS = 3;
    private static final int REVISIONS = 8;
    private static final List<String> TENANTS = IntStream.range(0, 4).mapToObj(i -> "tenant_" + i).toList();
    private static final String VERSION_TABLE = "ws_migrate_com_example_shop";

    @TempDir
    Path dir;

    @Test
    void aKilledFleetRunLeavesEveryTenantAtABoundaryAndARerunAppliesEachRevisionOnce() throws Exception {
        TestProject project = TestProject.create(dir);
        project.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\ntargets:\n"
                + "  schemas: [" + String.join(", ", TENANTS) + "]\n");
        for (int k = 1; k <= REVISIONS; k++) {
            String create = k == 1 ? "CREATE TABLE applied_log (k int); " : "";
            project.sqlRevision(DatabaseState.id(k), k == 1 ? null : DatabaseState.id(k - 1), "step " + k,
                    create + "CREATE TABLE t_" + k + " (id int); INSERT INTO applied_log VALUES (" + k + ");"
                            + " SELECT pg_sleep(0.05)", "DROP TABLE t_" + k);
        }
        Random random = new Random(Long.getLong("reliability.seed", System.currentTimeMillis()));
        List<Integer> midway = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            try (Connection admin = project.connect()) {
                Process process = ChildJvm.start(project.settingsFile(), dir.resolve("trial" + trial + ".log"),
                        "upgrade", "head", "--all-targets", "-j", "2");
                awaitFirstRevision(project, process);
                Thread.sleep(random.nextInt(600));
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                DatabaseState.awaitNoMigrationSession(admin, 15_000);
                assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
                for (String tenant : TENANTS) {
                    int k = boundary(project, tenant);
                    if (k > 0 && k < REVISIONS) {
                        midway.add(k);
                    }
                }

                TestProject.CliRun rerun = project.run("upgrade", "head", "--all-targets");
                assertThat(rerun.exitCode()).as(rerun.err()).isZero();
                for (String tenant : TENANTS) {
                    assertThat(boundary(project, tenant)).as(tenant).isEqualTo(REVISIONS);
                }
            }
            for (String tenant : TENANTS) {
                project.execute("DROP SCHEMA " + tenant + " CASCADE");
            }
        }
        System.out.printf("fleet SIGKILL: %d trials; tenants left mid-way at revisions %s%n", TRIALS, midway);
    }

    /** Waits until some tenant has a revision applied: the kill then lands while the fleet runs. */
    private static void awaitFirstRevision(TestProject project, Process process)
            throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (appliedAnywhere(project) == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the fleet run never applied a revision");
            }
            Thread.sleep(5);
        }
    }

    private static int appliedAnywhere(TestProject project) {
        return TENANTS.stream().mapToInt(t -> applied(project, t).size()).sum();
    }

    /**
     * The revision {@code tenant} is at, asserting it is a boundary: the version table holds exactly
     * revisions 1..k, their tables exist and no later one's, and each ran once.
     */
    private static int boundary(TestProject project, String tenant) {
        List<String> rows = applied(project, tenant);
        int k = rows.size();
        assertThat(rows).as(tenant).isEqualTo(IntStream.rangeClosed(1, k).mapToObj(DatabaseState::id).sorted()
                .toList());
        assertThat(project.query("SELECT count(*) FROM pg_tables WHERE schemaname = '" + tenant
                + "' AND tablename LIKE 't\\_%'")).as(tenant + " tables").containsExactly(String.valueOf(k));
        if (k > 0) {
            assertThat(project.query("SELECT string_agg(k::text, ',' ORDER BY k) FROM " + tenant + ".applied_log"))
                    .as(tenant + ": each revision ran once").containsExactly(String.join(",",
                            IntStream.rangeClosed(1, k).mapToObj(String::valueOf).toList()));
        }
        return k;
    }

    private static List<String> applied(TestProject project, String tenant) {
        if (project.query("SELECT to_regclass('" + tenant + "." + VERSION_TABLE + "')::text").get(0) == null) {
            return List.of();
        }
        return project.query("SELECT version_num FROM " + tenant + "." + VERSION_TABLE + " ORDER BY version_num");
    }
}
