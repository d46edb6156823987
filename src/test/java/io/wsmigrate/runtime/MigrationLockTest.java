package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.DatabaseCommands;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The advisory lock that serializes runs of one package. */
@ExtendWith(DropsDatabases.class)
@Tag(TestPostgres.COMPAT_TAG)
class MigrationLockTest {
    private static final MigrationOptions ONE_SECOND = new MigrationOptions(Duration.ofSeconds(1), null, null);

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
    }

    @Test
    void aRunWaitsForTheLockAndThenSeesWhatTheHolderApplied() throws Exception {
        CompletableFuture<RunResult> waiting;
        try (Connection other = project.connect();
             AdvisoryLock held = AdvisoryLock.acquire(other, project.versionTable(), Duration.ZERO)) {
            waiting = CompletableFuture.supplyAsync(() -> upgrade(MigrationOptions.defaults()));
            awaitRefusedRun(other);
            assertThat(waiting).isNotDone();
            assertThat(project.tables()).isEmpty();
        }
        assertThat(waiting.get(30, TimeUnit.SECONDS).headsAfter()).containsExactly("a1");
        assertThat(project.tables()).containsExactly("customer", project.versionTable());
    }

    /**
     * Polls until another session has tried the migration lock and was refused: it asked for it
     * ({@code pg_stat_activity}) while {@code holder} still holds it alone ({@code pg_locks}). A run
     * polls with {@code pg_try_advisory_lock}, so it never shows as an ungranted lock itself.
     */
    private static void awaitRefusedRun(Connection holder) throws Exception {
        String sql = "SELECT count(*) FROM pg_stat_activity a WHERE a.datname = current_database()"
                + " AND a.pid <> pg_backend_pid() AND a.query LIKE 'SELECT pg_catalog.pg_try_advisory_lock%'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.pid = a.pid)"
                + " AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.pid = pg_backend_pid())";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Statement statement = holder.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("a run asks for the migration lock within 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void lockTimeoutBoundsTheWaitWithAClearError() throws Exception {
        try (Connection other = project.connect();
             AdvisoryLock held = AdvisoryLock.acquire(other, project.versionTable(), Duration.ZERO)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> upgrade(ONE_SECOND))
                    .isInstanceOfSatisfying(WsMigrateException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.LOCK))
                    .hasMessageContaining("another ws-migrate run holds the migration lock of "
                            + project.versionTable())
                    .hasMessageContaining("held by pid")
                    .hasMessageContaining("--lock-timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void theLockOfOnePackageDoesNotBlockAnother() throws Exception {
        TestProject billing = TestProject.create(dir.resolve("billing"), project.database(), "com.acme.billing")
                .initScripts();
        billing.sqlRevision("a1", null, "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");
        try (Connection other = project.connect();
             AdvisoryLock held = AdvisoryLock.acquire(other, project.versionTable(), Duration.ZERO);
             Project p = billing.open()) {
            new MigrationCommands(p).upgrade("head", ONE_SECOND, MigrationListener.NONE);
        }
        assertThat(billing.appliedRevisions()).containsExactly("a1");
    }

    @Test
    void theLockIsReleasedAfterAFailedRunOnAConnectionThatStaysOpen() {
        project.sqlRevision("b2", "a1", "Broken", "SELECT * FROM no_such_table", null);
        try (Project p = project.open()) {
            assertThatThrownBy(() -> new MigrationCommands(p).upgrade("head", MigrationOptions.defaults(),
                    MigrationListener.NONE)).isInstanceOf(MigrationException.class);
            assertThat(new DatabaseCommands(p).lockHolders()).isEmpty();
            assertThat(new MigrationCommands(p).current().state().heads()).containsExactly("a1");
        }
    }

    @Test
    void aRevisionBlockedByABusyTableGivesUpAfterTheDdlLockTimeoutWithAHint() throws Exception {
        upgrade(MigrationOptions.defaults());
        project.sqlRevision("b2", "a1", "Add name", "ALTER TABLE customer ADD COLUMN name text", null);
        MigrationOptions ddlTimeout = new MigrationOptions(null, Duration.ofMillis(300), null);
        try (Connection reader = project.connect()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("SELECT * FROM customer");

            assertThatThrownBy(() -> upgrade(ddlTimeout))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("upgrade of revision b2")
                    .hasMessageContaining("another session holds a lock on a table it changes and lock_timeout")
                    .hasMessageContaining("database.lock_timeout");
            reader.rollback();
        }
        assertThat(project.currentHeads()).containsExactly("a1");
        assertThat(upgrade(ddlTimeout).headsAfter()).containsExactly("b2");
    }

    private RunResult upgrade(MigrationOptions options) {
        try (Project p = project.open()) {
            return new MigrationCommands(p).upgrade("head", options, MigrationListener.NONE);
        }
    }
}
