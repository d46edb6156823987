package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet upgrade killed with SIGKILL while its workers are in the middle of tenants: every tenant
 * is left at a revision boundary, no lock is left behind, and a rerun of the same command brings
 * every tenant to head with each revision applied exactly once (each revision appends its number to
 * a log table, so one applied twice would show). The kill lands at a known point: revision
 * {@value #GATED} inserts into a table the test holds locked, so both workers wait inside that
 * revision's transaction, their tenants at revision {@value #GATED} - 1, when the run is killed.
 */
@Tag("slow")
class FleetKillTest {
    private static final int REVISIONS = 8;
    private static final int GATED = 4;
    private static final int JOBS = 2;
    private static final List<String> TENANTS = IntStream.range(0, 4).mapToObj(i -> "tenant_" + i).toList();
    private static final String VERSION_TABLE = "ws_migrate_com_example_shop";

    @TempDir
    Path dir;

    @Test
    void aFleetRunKilledMidTenantLeavesEveryTenantAtABoundaryAndARerunAppliesEachRevisionOnce() throws Exception {
        TestProject project = TestProject.create(dir);
        // the gated revision must wait until killed, not give up after the default 5 s DDL lock_timeout
        project.writeSettings("  lock_timeout: 120s\n", "migrations:\n  package: com.example.shop\n"
                + "  location: migrations\ntargets:\n  schemas: [" + String.join(", ", TENANTS) + "]\n");
        project.execute("CREATE TABLE public.gate (k int)");
        for (int k = 1; k <= REVISIONS; k++) {
            String create = k == 1 ? "CREATE TABLE applied_log (k int); " : "";
            String gate = k == GATED ? "; INSERT INTO public.gate VALUES (" + k + ")" : "";
            project.sqlRevision(DatabaseState.id(k), k == 1 ? null : DatabaseState.id(k - 1), "step " + k,
                    create + "CREATE TABLE t_" + k + " (id int); INSERT INTO applied_log VALUES (" + k + ")" + gate,
                    "DROP TABLE t_" + k);
        }

        try (Connection gatekeeper = project.connect(); Connection admin = project.connect()) {
            gatekeeper.setAutoCommit(false);
            gatekeeper.createStatement().execute("LOCK TABLE public.gate IN ACCESS EXCLUSIVE MODE");
            Process process = ChildJvm.start(project.settingsFile(), dir.resolve("killed.log"),
                    "upgrade", "head", "--all-targets", "-j", String.valueOf(JOBS));
            awaitWorkersAtTheGate(project, process);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            gatekeeper.rollback();
            DatabaseState.awaitNoMigrationSession(admin, 15_000);
            assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
        }

        // the workers took the first tenants in order; the others were never started
        for (int i = 0; i < TENANTS.size(); i++) {
            assertThat(boundary(project, TENANTS.get(i))).as(TENANTS.get(i)).isEqualTo(i < JOBS ? GATED - 1 : 0);
        }
        assertThat(project.query("SELECT count(*) FROM public.gate")).as("no gated revision committed")
                .containsExactly("0");
        TestProject.CliRun rerun = project.run("upgrade", "head", "--all-targets");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        for (String tenant : TENANTS) {
            assertThat(boundary(project, tenant)).as(tenant).isEqualTo(REVISIONS);
        }
        assertThat(project.query("SELECT count(*) FROM public.gate")).containsExactly(String.valueOf(TENANTS.size()));
    }

    /**
     * The same kill inside the shared schemas' part, which runs before any tenant: revision
     * {@value #GATED}'s shared part inserts into a shared table the test holds locked. The shared
     * part is left at revision {@value #GATED} - 1 with nothing of the gated one, no tenant has
     * started, and a rerun completes the shared part and every tenant.
     */
    @Test
    void aFleetRunKilledInTheSharedPartLeavesItAtABoundaryStartsNoTenantAndARerunCompletes() throws Exception {
        TestProject project = TestProject.create(dir);
        project.writeSettings("  lock_timeout: 120s\n", "migrations:\n  package: com.example.shop\n"
                + "  location: migrations\ntargets:\n  schemas: [" + String.join(", ", TENANTS) + "]\n"
                + "  shared_schemas: [common]\n");
        project.execute("CREATE SCHEMA common; CREATE TABLE common.gate (k int)");
        for (int k = 1; k <= REVISIONS; k++) {
            String gate = k == GATED ? "\n- insert: {schemaName: common, tableName: gate, columns: [{column: {name: k,"
                    + " valueNumeric: " + k + "}}]}" : "";
            project.revision(DatabaseState.id(k), k == 1 ? null : DatabaseState.id(k - 1),
                    "- createTable: {schemaName: common, tableName: s_" + k + ", columns: [{column: {name: id,"
                            + " type: int}}]}" + gate + "\n" + TestProject.sql("CREATE TABLE t_" + k + " (id int)"),
                    TestProject.sql("DROP TABLE t_" + k) + "\n- dropTable: {schemaName: common, tableName: s_" + k
                            + "}");
        }

        try (Connection gatekeeper = project.connect(); Connection admin = project.connect()) {
            gatekeeper.setAutoCommit(false);
            gatekeeper.createStatement().execute("LOCK TABLE common.gate IN ACCESS EXCLUSIVE MODE");
            Process process = ChildJvm.start(project.settingsFile(), dir.resolve("killed.log"),
                    "upgrade", "head", "--all-targets", "-j", String.valueOf(JOBS));
            awaitAtTheGate(project, process, "common.gate", 1);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            gatekeeper.rollback();
            DatabaseState.awaitNoMigrationSession(admin, 15_000);
            assertThat(DatabaseState.advisoryLocks(admin)).as("advisory locks left").isZero();
        }

        assertThat(sharedApplied(project)).as("the shared part, at a boundary")
                .isEqualTo(IntStream.range(1, GATED).mapToObj(DatabaseState::id).sorted().toList());
        assertThat(project.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'common' AND tablename LIKE"
                + " 's\\_%'")).as("shared tables").containsExactly(String.valueOf(GATED - 1));
        for (String tenant : TENANTS) {
            assertThat(boundary(project, tenant)).as(tenant + " never started").isZero();
        }
        TestProject.CliRun rerun = project.run("upgrade", "head", "--all-targets");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(sharedApplied(project)).hasSize(REVISIONS);
        assertThat(project.query("SELECT count(*) FROM common.gate")).containsExactly("1");
        for (String tenant : TENANTS) {
            assertThat(project.query("SELECT count(*) FROM pg_tables WHERE schemaname = '" + tenant
                    + "' AND tablename LIKE 't\\_%'")).as(tenant).containsExactly(String.valueOf(REVISIONS));
        }
    }

    /** The revisions the shared part's version table holds, sorted. */
    private static List<String> sharedApplied(TestProject project) {
        List<String> table = project.query("SELECT tablename FROM pg_tables WHERE schemaname = 'common'"
                + " AND tablename LIKE 'ws\\_migrate\\_shared\\_%'");
        return table.isEmpty() ? List.of()
                : project.query("SELECT version_num FROM common." + table.get(0) + " ORDER BY version_num");
    }

    /** Waits until each worker is inside the gated revision, blocked on the test's lock. */
    private static void awaitWorkersAtTheGate(TestProject project, Process process) throws Exception {
        awaitAtTheGate(project, process, "public.gate", JOBS);
    }

    /** Waits until {@code sessions} sessions of the run wait for the test's lock on {@code gate}. */
    private static void awaitAtTheGate(TestProject project, Process process, String gate, int sessions)
            throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String waiting = "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '" + gate + "'::regclass";
        while (!project.query(waiting).equals(List.of(String.valueOf(sessions)))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the fleet run's workers never reached revision " + GATED);
            }
            Thread.sleep(20);
        }
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
