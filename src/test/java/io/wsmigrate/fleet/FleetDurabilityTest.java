package io.wsmigrate.fleet;

import static io.wsmigrate.fleet.FleetFixture.applied;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.StatementLogServer;
import io.wsmigrate.testing.StatementLogServer.Entry;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commit asynchronously and make it all durable with one synchronous commit at their end:
 * also when they stop early (a failed revision, a fleet's stop after its first failure). What the
 * server ran is read from its statement log.
 */
class FleetDurabilityTest {
    /** The durable commit's telling part: a transaction id makes the synchronous commit write. */
    private static final String DURABLE = "pg_catalog.pg_current_xact_id()";
    private static final String ASYNCHRONOUS = "SET synchronous_commit = off";

    @TempDir
    Path dir;

    @Test
    void aSingleDatabaseRunThatFailsAfterACommitEndsWithADurableCommit() {
        DatabaseSettings database = StatementLogServer.get().freshDatabase();
        TestProject project = TestProject.in(dir).on(database).create();
        project.sqlRevision("a1", null, "items", "CREATE TABLE item (id int PRIMARY KEY)", "DROP TABLE item");
        project.sqlRevision("b2", "a1", "again", "CREATE TABLE item (id int)", "SELECT 1");

        CliRun run = project.cli("upgrade", "head");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.err()).contains("b2").contains("already exists");
        assertThat(project.query("SELECT version_num FROM " + project.versionTable())).containsExactly("a1");
        List<String> session = sessionThatSet(StatementLogServer.get().entries(database, DURABLE));
        int failed = indexOf(session, "ERROR:");
        assertThat(failed).as("b2's error in " + session).isPositive();
        assertThat(session.subList(failed, session.size())).as("after b2 failed")
                .anyMatch(text -> text.contains(DURABLE));
        assertThat(session).as("a1's commit was asynchronous: nothing before the failure was synchronous")
                .noneMatch(text -> text.contains("SET LOCAL synchronous_commit = on"));
    }

    @Test
    void aRunWhoseLastCommitFailsWithItsUnlockUnlocksAfterwardsWithADurableCommit() {
        DatabaseSettings database = StatementLogServer.get().freshDatabase();
        TestProject project = TestProject.in(dir).on(database).create();
        project.sqlRevision("a1", null, "tables", "CREATE TABLE parent (id int PRIMARY KEY);"
                + " CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)", "SELECT 1");
        // the last revision's COMMIT, sent with the unlock, fails at its deferred foreign key
        project.sqlRevision("b2", "a1", "orphan", "INSERT INTO child VALUES (42)", "SELECT 1");

        CliRun run = project.cli("upgrade", "head");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.err()).contains("b2").contains("at its COMMIT").contains("violates foreign key constraint");
        assertThat(project.query("SELECT version_num FROM " + project.versionTable())).containsExactly("a1");
        assertThat(project.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
                .containsExactly("0");
        List<String> session = sessionThatSet(StatementLogServer.get().entries(database, DURABLE));
        int failed = indexOf(session, "ERROR:");
        assertThat(failed).as("b2's COMMIT error in " + session).isPositive();
        List<String> after = session.subList(failed, session.size());
        assertThat(after).as("after b2's COMMIT failed, its unlock skipped with it")
                .anyMatch(text -> text.contains("pg_advisory_unlock"))
                .anyMatch(text -> text.contains(DURABLE));
    }

    @Test
    void aSingleDatabaseRunThatCompletesNeedsNoDurableCommitOfItsOwn() {
        DatabaseSettings database = StatementLogServer.get().freshDatabase();
        TestProject project = TestProject.in(dir).on(database).create();
        project.sqlRevision("a1", null, "items", "CREATE TABLE item (id int PRIMARY KEY)", "DROP TABLE item");
        project.sqlRevision("b2", "a1", "price", "ALTER TABLE item ADD COLUMN price int", "SELECT 1");

        CliRun run = project.cli("upgrade", "head");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> session = sessionThatSet(StatementLogServer.get().entries(database,
                "SET LOCAL synchronous_commit = on"));
        assertThat(session).as("the last revision's commit is the synchronous one")
                .anyMatch(text -> text.contains("SET LOCAL synchronous_commit = on"))
                .noneMatch(text -> text.contains(DURABLE));
    }

    @Test
    void aFleetStoppedByAFailingTenantMakesItsWorkersCommitsDurable() {
        DatabaseSettings database = StatementLogServer.get().freshDatabase();
        TestProject project = fleet(database, List.of("tenant_a", "tenant_b", "tenant_c"));
        project.execute("CREATE SCHEMA tenant_b; CREATE TABLE tenant_b.item (id int)"); // a1 cannot create it

        CliRun run = project.cli("upgrade", "head", "--all-targets", "-j", "1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FLEET.code());
        assertThat(applied(project, "tenant_a")).containsExactly("a1", "b2");
        assertThat(applied(project, "tenant_c")).as("not started after the failure").isEmpty();
        List<String> worker = sessionThatSet(StatementLogServer.get().entries(database, DURABLE));
        int failed = indexOf(worker, "ERROR:");
        assertThat(failed).as("tenant_b's error in " + worker).isPositive();
        assertThat(worker.get(worker.size() - 1)).as("the worker's last statement, after tenant_b failed")
                .contains(DURABLE);
        assertThat(worker).as("tenant_a's commits were asynchronous, the last too")
                .noneMatch(text -> text.contains("SET LOCAL synchronous_commit = on"));
    }

    @Test
    void everyFleetWorkerEndsWithOneDurableCommit() {
        DatabaseSettings database = StatementLogServer.get().freshDatabase();
        List<String> tenants = List.of("tenant_a", "tenant_b", "tenant_c", "tenant_d");
        TestProject project = fleet(database, tenants);

        CliRun run = project.cli("upgrade", "head", "--all-targets", "-j", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (String tenant : tenants) {
            assertThat(applied(project, tenant)).as(tenant).containsExactly("a1", "b2");
        }
        Map<Integer, List<String>> workers = sessionsThatSet(StatementLogServer.get().entries(database, DURABLE));
        assertThat(workers).as("the workers' sessions").isNotEmpty();
        workers.forEach((pid, statements) -> {
            assertThat(statements.get(statements.size() - 1)).as("worker " + pid + "'s last statement").contains(DURABLE);
            assertThat(statements.stream().filter(text -> text.contains(DURABLE))).as("worker " + pid).hasSize(1);
        });
    }

    /** A fleet of {@code tenants} on {@code database}, with {@link FleetFixture#twoRevisions}. */
    private TestProject fleet(DatabaseSettings database, List<String> tenants) {
        TestProject project = TestProject.in(dir).on(database).create();
        project.writeSettings("migrations:\n  package: " + FleetFixture.PACKAGE + "\n  location: migrations\ntargets:\n"
                + FleetFixture.schemas(tenants));
        FleetFixture.twoRevisions(project);
        return project;
    }

    /** The one session that set asynchronous commits: the run's, or a fleet's single worker's. */
    private static List<String> sessionThatSet(List<Entry> entries) {
        Map<Integer, List<String>> sessions = sessionsThatSet(entries);
        assertThat(sessions).as("sessions that set " + ASYNCHRONOUS + " in " + entries).hasSize(1);
        return sessions.values().iterator().next();
    }

    private static Map<Integer, List<String>> sessionsThatSet(List<Entry> entries) {
        Map<Integer, List<String>> bySession = entries.stream().collect(Collectors.groupingBy(Entry::pid,
                Collectors.mapping(Entry::text, Collectors.toList())));
        bySession.values().removeIf(texts -> texts.stream().noneMatch(text -> text.contains(ASYNCHRONOUS)));
        return bySession;
    }

    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
