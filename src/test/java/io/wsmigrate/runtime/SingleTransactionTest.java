package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --single-transaction}: every revision of a run in one transaction, sent many at a time.
 * The chains here are longer than {@link SingleTransactionRun#GROUP_STEPS}, so that a run spans
 * several round trips and a failure can come after earlier round trips succeeded.
 */
@ExtendWith(DropsDatabases.class)
class SingleTransactionTest {
    private static final int REVISIONS = SingleTransactionRun.GROUP_STEPS * 2 + 6;
    private static final MigrationOptions SINGLE = MigrationOptions.defaults().withSingleTransaction(true);

    @TempDir
    Path dir;
    TestProject project;
    Recorder recorder = new Recorder();

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
    }

    @Test
    void allRevisionsAreAppliedAndRecordedEachWithItsOwnTime() {
        List<String> tables = chain(REVISIONS, -1);

        RunResult result = upgrade("head");

        assertThat(result.steps()).hasSize(REVISIONS);
        assertThat(project.tables()).containsAll(tables).contains(project.versionTable());
        assertThat(project.appliedRevisions()).containsExactlyElementsOf(project.ids());
        assertThat(project.currentHeads()).containsExactly(project.ids().get(REVISIONS - 1));
        assertThat(recorder.committed).containsExactlyElementsOf(project.ids());
        assertThat(recorder.lines).hasSize(REVISIONS);
        // each row's time is its own revision's, from the mark at its start: none is missing, and the
        // slow revision's is at least its sleep, which the transaction's age would give every later one
        assertThat(project.query("SELECT count(*) FROM " + project.versionTable() + " WHERE execution_ms IS NULL"))
                .containsExactly("0");
        List<String> slow = project.query("SELECT execution_ms >= 200 FROM " + project.versionTable()
                + " ORDER BY version_num");
        assertThat(slow.stream().filter("t"::equals).count()).isEqualTo(1);
        assertThat(slow.get(40)).isEqualTo("t");
    }

    /**
     * The client's time between two round trips (here a slow listener; in a run, the next files
     * read and compiled, Liquibase's start) is no revision's: the last revision of the first round
     * trip is timed to its own end, not to the start of the next round trip.
     */
    @Test
    void theClientsTimeBetweenRoundTripsIsNotTheLastRevisionsTime() {
        chain(REVISIONS, -1);
        String firstOfSecondRoundTrip = project.ids().get(SingleTransactionRun.GROUP_STEPS);
        recorder.onStart = step -> {
            if (step.id().equals(firstOfSecondRoundTrip)) {
                sleep(500);
            }
        };

        upgrade("head");

        assertThat(project.query("SELECT version_num FROM " + project.versionTable() + " WHERE execution_ms >= 200"))
                .as("only revision 40 sleeps").containsExactly(project.ids().get(40));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailureAfterEarlierRoundTripsRollsBackTheWholeRunAndNamesTheStatement() {
        int failing = SingleTransactionRun.GROUP_STEPS + 10; // in the second round trip
        chain(REVISIONS, failing);

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.MIGRATION))
                .hasMessageContaining("upgrade of revision " + project.ids().get(failing) + " (")
                .hasMessageContaining("failed at statement 2 of 2 `INSERT INTO no_such_table VALUES (1)`")
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageContaining("it was rolled back whole, and the database is as it was before the run (base)")
                .hasMessageNotContaining("\n");

        assertThat(project.tables()).as("not even the version table stays").isEmpty();
        assertThat(project.appliedRevisions()).isEmpty();
        assertThat(recorder.committed).isEmpty();
    }

    @Test
    void aFailureOnTopOfAppliedRevisionsLeavesThemAsTheyWere() {
        chain(REVISIONS, REVISIONS - 1);
        upgrade(project.ids().get(4)); // five revisions, one by one

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision " + project.ids().get(REVISIONS - 1))
                .hasMessageContaining("the database is as it was before the run (" + project.ids().get(4) + ")");

        assertThat(project.appliedRevisions()).containsExactlyElementsOf(project.ids().subList(0, 5));
        assertThat(project.currentHeads()).containsExactly(project.ids().get(4));
        assertThat(project.tables()).hasSize(5 + 1);
    }

    /**
     * A deferred foreign key is checked at the run's one COMMIT: the error names the revision that
     * left it broken (d4), not b2, whose orphan row c3 put right, as a per-revision run names the
     * revision whose COMMIT failed.
     */
    @Test
    void aDeferredConstraintThatFailsAtTheCommitNamesTheRevisionThatLeftItBroken() {
        project.nextRevision("a1", TestProject.sql("CREATE TABLE parent (id int PRIMARY KEY)")
                + TestProject.sql("CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)"),
                TestProject.sql("DROP TABLE child") + TestProject.sql("DROP TABLE parent"));
        project.nextRevision("b2", TestProject.sql("INSERT INTO child VALUES (1)"), TestProject.sql("DELETE FROM child"));
        project.nextRevision("c3", TestProject.sql("INSERT INTO parent VALUES (1)"), TestProject.sql("DELETE FROM parent"));
        project.nextRevision("d4", TestProject.sql("INSERT INTO child VALUES (2)"),
                TestProject.sql("DELETE FROM child WHERE parent_id = 2"));
        project.nextRevision("e5", TestProject.sql("CREATE TABLE t_e (id int)"), TestProject.sql("DROP TABLE t_e"));

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision d4 (")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("it was rolled back whole, and the database is as it was before the run (base)")
                .hasMessageNotContaining("\n");

        assertThat(project.tables()).isEmpty();
        assertThat(recorder.committed).isEmpty();
    }

    /**
     * A revision that puts the session's settings back ({@code RESET ALL}) also resets the marks the
     * times are measured from: it runs and is recorded all the same, its own time not known, and the
     * revisions before it keep theirs (a0 slept a fifth of a second), their rows written before it.
     */
    @Test
    void aRevisionThatResetsAllSettingsRunsAndIsRecorded() {
        project.nextRevision("a0", TestProject.sql("CREATE TABLE t_0 (id int)") + TestProject.sql("SELECT pg_sleep(0.2)"),
                TestProject.sql("DROP TABLE t_0"));
        project.nextRevision("a1", TestProject.sql("CREATE TABLE t_a (id int)") + TestProject.sql("RESET ALL"),
                TestProject.sql("DROP TABLE t_a"));
        project.nextRevision("b2", TestProject.sql("CREATE TABLE t_b (id int)"), TestProject.sql("DROP TABLE t_b"));

        assertThat(upgrade("head").steps()).hasSize(3);

        assertThat(project.appliedRevisions()).containsExactly("a0", "a1", "b2");
        assertThat(project.currentHeads()).containsExactly("b2");
        assertThat(project.query("SELECT version_num FROM " + project.versionTable() + " WHERE execution_ms IS NULL"))
                .containsExactly("a1");
        assertThat(project.query("SELECT execution_ms >= 200 FROM " + project.versionTable()
                + " WHERE version_num = 'a0'")).containsExactly("t");
    }

    /**
     * The connection breaks while a failure is diagnosed (r01's statement sleeps the second time it
     * runs): the failure stays r02's failing revision, not a lost connection a retry would get past,
     * and the cancelled r01 is not named as the one that failed.
     */
    @Test
    void aConnectionLostWhileAFailureIsDiagnosedLeavesItTheRevisionsFailure() throws Exception {
        project.execute("CREATE SEQUENCE probe");
        project.nextRevision("r01", TestProject.sql("CREATE TABLE t_1 (id int)")
                + TestProject.sql("SELECT pg_sleep(CASE WHEN nextval('probe') > 1 THEN 60 ELSE 0 END)"),
                TestProject.sql("DROP TABLE t_1"));
        project.nextRevision("r02", TestProject.sql("INSERT INTO no_such_table VALUES (1)"), TestProject.sql("SELECT 1"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        Thread terminator = new Thread(() -> {
            while (System.nanoTime() < deadline && project.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                    + " AND state = 'active' AND query LIKE '%nextval(''probe'')%'"
                    + " AND (SELECT last_value FROM probe) > 1").isEmpty()) {
                Thread.onSpinWait();
            }
        });
        terminator.setDaemon(true);
        terminator.start();

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.MIGRATION))
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageNotContaining("revision r01")
                .hasMessageContaining("it was rolled back whole");
        terminator.join(60_000);
        assertThat(project.tables()).isEmpty();
    }

    /**
     * The run's rows are written after its last revision, but a revision that leaves the version
     * table unable to take its own row (b2 adds a column its row has no value for) is the one named,
     * as in a run revision by revision, not the run's last (c3).
     */
    @Test
    void aRevisionThatBreaksTheRecordingOfItsOwnRowIsNamed() {
        project.tableRevision("a1", null, "t_a");
        project.revision("b2", "a1", TestProject.sql("ALTER TABLE " + project.versionTable()
                + " ADD COLUMN deployed_by text NOT NULL DEFAULT 'ops'") + TestProject.sql("ALTER TABLE "
                + project.versionTable() + " ALTER COLUMN deployed_by DROP DEFAULT"), TestProject.sql("SELECT 1"));
        project.tableRevision("c3", "b2", "t_c");
        upgrade("a1");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision b2 (")
                .hasMessageContaining("while recording")
                .hasMessageContaining("deployed_by")
                .hasMessageContaining("it was rolled back whole, and the database is as it was before the run (a1)")
                .hasMessageNotContaining("revision c3");

        assertThat(project.appliedRevisions()).containsExactly("a1");
    }

    @Test
    void aNonTransactionalRevisionIsRefusedBeforeAnythingRuns() {
        tableThenConcurrentIndex();

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision b2 (")
                .hasMessageContaining("is `transactional: false`, so it cannot run inside one transaction; nothing was run")
                .hasMessageNotContaining("\n");

        assertThat(project.tables()).isEmpty();
        assertThat(upgrade("a1").steps()).hasSize(1); // the lock was released
    }

    /**
     * Few files are all read and compiled before the run: a `transactional: false` one among them is
     * refused before anything runs, though a1 alone is a round trip (its statement is longer than a
     * round trip's text) that would otherwise go first and run its sequence's nextval, which no
     * rollback takes back.
     */
    @Test
    void aNonTransactionalRevisionAmongFilesCompiledBeforeTheRunIsRefusedBeforeAnythingRuns() {
        project.execute("CREATE SEQUENCE probe");
        project.nextRevision("a1", TestProject.sql("CREATE TABLE customer (id int)")
                + TestProject.sql("SELECT nextval('probe') /* " + "x".repeat(70_000) + " */"),
                TestProject.sql("DROP TABLE customer"));
        project.nextRevision("b2", false, TestProject.sql("CREATE INDEX CONCURRENTLY customer_id ON customer (id)"),
                TestProject.sql("DROP INDEX CONCURRENTLY customer_id"));

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision b2 (")
                .hasMessageContaining("cannot run inside one transaction; nothing was run");

        assertThat(project.query("SELECT is_called FROM probe")).containsExactly("f");
        assertThat(project.tables()).isEmpty();
    }

    /**
     * The files are read while the first round trips run: a bad file the run reaches after them (the
     * first of two, in the run's order) rolls back what was sent, and the error names the file and
     * says the database is as it was.
     */
    @Test
    void aBadFileFoundAfterEarlierRoundTripsRollsThemBackAndIsNamed() {
        chain(REVISIONS, -1);
        int first = SingleTransactionRun.GROUP_STEPS + 5;
        Path bad = breakFile(first);
        breakFile(first + 20);

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOfSatisfying(WsMigrateException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.REVISION))
                .hasMessageStartingWith(bad + ":")
                .hasMessageContaining("malformed YAML")
                .hasMessageContaining("(--single-transaction): the revisions before it were rolled back, and the"
                        + " database is as it was before the run (base)")
                .hasMessageNotContaining("\n");

        assertThat(project.tables()).isEmpty();
        assertThat(recorder.committed).isEmpty();
        assertThat(upgrade(project.ids().get(first - 1)).steps()).as("the lock was released").hasSize(first);
    }

    @Test
    void aNonTransactionalRevisionFoundAfterEarlierRoundTripsRollsThemBack() {
        chain(REVISIONS, -1);
        project.nextRevision("z99", false, TestProject.sql("CREATE INDEX CONCURRENTLY t_0_id ON t_0 (id)"),
                TestProject.sql("DROP INDEX CONCURRENTLY t_0_id"));

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision z99 (")
                .hasMessageContaining("cannot run inside one transaction; the run was rolled back whole, and nothing"
                        + " was applied")
                .hasMessageNotContaining("\n");

        assertThat(project.tables()).isEmpty();
        assertThat(recorder.committed).isEmpty();
    }

    /**
     * Entries Liquibase writes (an {@code addColumn}) in files read while the run goes on: Liquibase
     * starts beside the first round trips, and every entry is written by it once it has.
     */
    @Test
    void entriesLiquibaseWritesRunInOneTransactionToo() {
        for (int k = 0; k < REVISIONS; k++) {
            project.nextRevision(String.format("r%03d", k), TestProject.sql("CREATE TABLE t_" + k + " (id int)")
                    + "- addColumn: {tableName: t_" + k + ", columns: [{column: {name: note, type: varchar(20)}}]}\n",
                    TestProject.sql("DROP TABLE t_" + k));
        }

        assertThat(upgrade("head").steps()).hasSize(REVISIONS);

        assertThat(project.query("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'"
                + " AND table_name LIKE 't\\_%' AND character_maximum_length = 20"))
                .containsExactly(String.valueOf(REVISIONS));
    }

    /** Revision {@code index} of the chain, made malformed after its header; returns its file. */
    private Path breakFile(int index) {
        Path file = project.versions().resolve(project.ids().get(index) + "_revision.yaml");
        project.write(file.toString(), project.read(file.toString()) + "  - sql: {sql: SELECT 1\n");
        return file;
    }

    /**
     * A `transactional: false` revision an earlier run left half applied: the run says so, as a run
     * without --single-transaction would, rather than send the user there to be told it then.
     */
    @Test
    void aHalfAppliedRevisionIsReportedBeforeTheRefusalOfNonTransactionalOnes() {
        tableThenConcurrentIndex();
        upgrade("a1");
        project.execute("CREATE TABLE " + Progress.TABLE + " (version_table text PRIMARY KEY, revision varchar(64)"
                + " NOT NULL, direction text NOT NULL, done int NOT NULL, total int NOT NULL,"
                + " updated_at timestamptz NOT NULL DEFAULT now());"
                + " INSERT INTO " + Progress.TABLE + " (version_table, revision, direction, done, total) VALUES ('"
                + project.versionTable() + "', 'b2', 'upgrade', 0, 1)");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision b2 is half applied")
                .hasMessageNotContaining("cannot run inside one transaction");
    }

    @Test
    void aDowngradeRunsInOneTransactionToo() {
        chain(REVISIONS, -1);
        upgrade("head");

        RunResult result;
        try (Project p = project.open()) {
            result = new MigrationCommands(p).downgrade("base", SINGLE, recorder);
        }

        assertThat(result.steps()).hasSize(REVISIONS);
        assertThat(project.tables()).containsExactly(project.versionTable());
        assertThat(project.appliedRevisions()).isEmpty();
    }

    @Test
    void aBranchedPlanWithItsMergeRunsUpAndDownInOneTransaction() {
        project.tableRevision("a1", null, "t_a");
        project.tableRevision("b2", "a1", "t_b");
        project.tableRevision("c3", "a1", "t_c");
        project.tableRevision("d4", "b2,c3", "t_d");
        upgrade("b2"); // one branch applied, one by one: two heads to come from

        assertThat(upgrade("head").steps()).hasSize(2);
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2", "c3", "d4");
        assertThat(project.currentHeads()).containsExactly("d4");

        RunResult down;
        try (Project p = project.open()) {
            down = new MigrationCommands(p).downgrade("a1", SINGLE, recorder);
        }
        assertThat(down.steps()).hasSize(3);
        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.currentHeads()).containsExactly("a1");
        assertThat(project.tables()).containsExactly("t_a", project.versionTable());
    }

    /**
     * The run's rows are written once at its end ({@link RunRows}): on a graph of branches, a merge
     * and two heads, up and down from several starting points, they are the rows a run revision by
     * revision leaves.
     */
    @Test
    void theRowsWrittenAtTheEndAreThoseARunRevisionByRevisionLeaves() {
        project.tableRevision("a1", null, "t_a");
        project.tableRevision("b2", "a1", "t_b");
        project.tableRevision("c3", "a1", "t_c");
        project.tableRevision("d4", "b2,c3", "t_d");
        project.tableRevision("e5", "d4", "t_e");
        project.tableRevision("f6", "a1", "t_f");
        List<String[]> moves = List.of(new String[] {"heads"}, new String[] {"b2", "heads"},
                new String[] {"c3", "heads"}, new String[] {"heads", "-a1"}, new String[] {"heads", "-base"},
                new String[] {"heads", "-c3"}, new String[] {"e5", "-b2"});
        assertRowsAsRevisionByRevision(moves);
    }

    /**
     * As {@link #theRowsWrittenAtTheEndAreThoseARunRevisionByRevisionLeaves}, with a revision that
     * depends on another branch's ({@code depends_on}), and stamps before the run.
     */
    @Test
    void theRowsWrittenAtTheEndFollowDependenciesAndStamps() {
        project.tableRevision("a1", null, "t_a");
        project.tableRevision("b2", "a1", "t_b");
        project.tableRevision("x1", null, "t_x");
        project.tableRevision("y2", "x1", "t_y");
        project.write("migrations/versions/c3_r.yaml", "revision: c3\ndown_revision: b2\ndepends_on: y2\n"
                + "message: revision c3\nupgrade:\n- createTable: {tableName: t_c, columns: [{column: {name: id,"
                + " type: int}}]}\ndowngrade:\n- dropTable: {tableName: t_c}\n");
        assertRowsAsRevisionByRevision(List.of(new String[] {"c3"}, new String[] {"b2", "c3"},
                new String[] {"x1", "heads"}, new String[] {"heads", "-a1"}, new String[] {"heads", "-x1"},
                new String[] {"heads", "-base"}, new String[] {"=b2", "heads"}, new String[] {"=a1", "heads", "-a1"},
                new String[] {"=y2", "a1", "heads"}));
    }

    /**
     * Each of {@code moves} (upgrades, {@code -}downgrades and {@code =}stamps, the last one run
     * once revision by revision and once in one transaction) leaves the same rows either way.
     */
    private void assertRowsAsRevisionByRevision(List<String[]> moves) {
        for (String[] move : moves) {
            List<List<String>> rows = new ArrayList<>();
            for (MigrationOptions last : List.of(MigrationOptions.defaults(), SINGLE)) {
                project.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
                for (int k = 0; k < move.length; k++) {
                    MigrationOptions options = k == move.length - 1 ? last : MigrationOptions.defaults();
                    try (Project p = project.open()) {
                        if (move[k].startsWith("-")) {
                            new MigrationCommands(p).downgrade(move[k].substring(1), options, recorder);
                        } else if (move[k].startsWith("=")) {
                            new MigrationCommands(p).stamp(List.of(move[k].substring(1)), false, options, recorder);
                        } else {
                            new MigrationCommands(p).upgrade(move[k], options, recorder);
                        }
                    }
                }
                rows.add(project.query("SELECT version_num || ' ' || is_head || ' ' || checksum || ' ' || stamped"
                        + " || ' ' || (execution_ms IS NOT NULL) FROM " + project.versionTable() + " ORDER BY 1"));
            }
            assertThat(rows.get(1)).as(String.join(" then ", move)).isEqualTo(rows.get(0))
                    .hasSizeGreaterThan(move[move.length - 1].equals("-base") ? -1 : 0);
        }
    }

    @Test
    void theCommandLineTakesTheOptionAndSaysWhatWasRolledBack() {
        chain(3, 2);

        CliRun run = project.run("upgrade", "head", "--single-transaction");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MIGRATION.code());
        assertThat(run.errorLine()).contains("upgrade of revision " + project.ids().get(2))
                .contains("(--single-transaction): it was rolled back whole");
        assertThat(project.tables()).isEmpty();

        project.write("migrations/versions/" + project.ids().get(2) + "_revision.yaml",
                project.read("migrations/versions/" + project.ids().get(2) + "_revision.yaml")
                        .replace("INSERT INTO no_such_table VALUES (1)", "SELECT 1"));
        CliRun fixed = project.run("upgrade", "head", "--single-transaction");
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(project.appliedRevisions()).hasSize(3);
    }

    @Test
    void theSettingsKeyTurnsItOnAndTheCommandLineOff() {
        project.writeSettings("migrations:\n  package: " + project.packageName() + "\n  single_transaction: true\n");
        tableThenConcurrentIndex();

        CliRun refused = project.run("upgrade", "head");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.MIGRATION.code());
        // the way out must work when the settings asked for it: running "without --single-transaction" does not
        assertThat(refused.errorLine()).contains("cannot run inside one transaction")
                .contains("--no-single-transaction").contains("migrations.single_transaction")
                .doesNotContain("without --single-transaction");
        assertThat(project.tables()).isEmpty();

        CliRun ran = project.run("upgrade", "head", "--no-single-transaction");
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
    }

    @Test
    void theSqlScriptIsOneTransactionThatRunsAsTheLiveRunWould() {
        chain(3, -1);

        CliRun script = project.run("upgrade", "head", "--sql", "--single-transaction");

        assertThat(script.exitCode()).as(script.err()).isZero();
        assertThat(script.out().lines().filter(line -> line.equals("BEGIN;")).count()).isEqualTo(1);
        assertThat(script.out().lines().filter(line -> line.equals("COMMIT;")).count()).isEqualTo(1);
        assertThat(script.out().strip()).endsWith("COMMIT;");
        assertThat(project.tables()).as("--sql touches no database").isEmpty();
        project.execute(script.out());
        assertThat(project.appliedRevisions()).containsExactlyElementsOf(project.ids());
        assertThat(project.tables()).hasSize(3 + 1);
    }

    @Test
    void aStatementEndingInALineCommentRunsAloneOnline() {
        commentedChain();

        assertThat(upgrade("head").steps()).hasSize(2);

        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.tables()).contains("t_a", "t_b");
    }

    @Test
    void aStatementEndingInALineCommentRunsAloneFromTheSqlScript() {
        commentedChain();

        CliRun script = project.run("upgrade", "head", "--sql", "--single-transaction");

        assertThat(script.exitCode()).as(script.err()).isZero();
        project.execute(script.out());
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.tables()).contains("t_a", "t_b");
    }

    /** a1's statement ends in a {@code --} comment, which must not swallow what is sent after it. */
    private void commentedChain() {
        project.nextRevision("a1", TestProject.sql("CREATE TABLE t_a (id int) -- the first table"),
                TestProject.sql("DROP TABLE t_a"));
        project.nextRevision("b2", TestProject.sql("CREATE TABLE t_b (id int)"), TestProject.sql("DROP TABLE t_b"));
    }

    @Test
    void theSqlScriptRefusesANonTransactionalRevisionToo() {
        tableThenConcurrentIndex();

        CliRun script = project.run("upgrade", "head", "--sql", "--single-transaction");

        assertThat(script.exitCode()).isEqualTo(ExitCode.MIGRATION.code());
        assertThat(script.errorLine()).contains("revision b2 (").contains("cannot run inside one transaction");
        assertThat(script.out()).isEmpty();
    }

    /** a1 creates a table, b2 (`transactional: false`) an index on it, concurrently. */
    private void tableThenConcurrentIndex() {
        project.nextRevision("a1", TestProject.sql("CREATE TABLE customer (id int)"), TestProject.sql("DROP TABLE customer"));
        project.nextRevision("b2", false, TestProject.sql("CREATE INDEX CONCURRENTLY customer_id ON customer (id)"),
                TestProject.sql("DROP INDEX CONCURRENTLY customer_id"));
    }

    /**
     * {@code count} revisions, each creating a table (revision 40 also sleeps a fifth of a second);
     * revision {@code failing} (-1: none) has a second statement that fails. Returns the tables.
     */
    private List<String> chain(int count, int failing) {
        List<String> tables = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String table = "t_" + k;
            tables.add(table);
            String upgrade = TestProject.sql("CREATE TABLE " + table + " (id int)")
                    + (k == failing ? TestProject.sql("INSERT INTO no_such_table VALUES (1)") : "")
                    + (k == 40 ? TestProject.sql("SELECT pg_sleep(0.2)") : "");
            project.nextRevision(String.format("r%03d", k), upgrade, TestProject.sql("DROP TABLE " + table));
        }
        return tables;
    }

    private RunResult upgrade(String target) {
        try (Project p = project.open()) {
            MigrationOptions options = target.equals("head") ? SINGLE : MigrationOptions.defaults();
            return new MigrationCommands(p).upgrade(target, options, recorder);
        }
    }
}
