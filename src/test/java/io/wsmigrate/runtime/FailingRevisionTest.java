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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A revision that fails, a change Liquibase does not know, and revisions that run outside a transaction. */
@ExtendWith(DropsDatabases.class)
class FailingRevisionTest {
    @TempDir
    Path dir;
    TestProject project;
    Recorder recorder = new Recorder();

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
    }

    @Test
    void aFailingRevisionIsRolledBackWhileEarlierRevisionsStayAppliedAndRecorded() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int PRIMARY KEY)", "DROP TABLE customer");
        Path failing = project.revision("b2", List.of("a1"), "Orders", true, List.of(
                Map.of("sql", "CREATE TABLE orders (id int)"),
                Map.of("sql", "INSERT INTO no_such_table VALUES (1)")), List.of(Map.of("sql", "DROP TABLE orders")));
        project.sqlRevision("c3", "b2", "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.MIGRATION))
                .hasMessageContaining("upgrade of revision b2 (" + failing + ")")
                .hasMessageContaining("at statement 2 of 2 `INSERT INTO no_such_table VALUES (1)`")
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageContaining("earlier revisions stay applied")
                .hasMessageNotContaining("\n");

        assertThat(project.tables()).containsExactly("customer", project.versionTable());
        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.currentHeads()).containsExactly("a1");
        assertThat(recorder.lines).containsExactly("Running upgrade -> a1, Customer", "Running upgrade a1 -> b2, Orders");
    }

    @Test
    void aOneStatementRevisionThatFailsNamesItsStatement() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int PRIMARY KEY)", "DROP TABLE customer");
        Path failing = project.sqlRevision("b2", "a1", "Orders", "INSERT INTO no_such_table VALUES (1)", "SELECT 1");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision b2 (" + failing + ") failed at statement 1 of 1"
                        + " `INSERT INTO no_such_table VALUES (1)`")
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageContaining("it was rolled back and earlier revisions stay applied");
        assertThat(project.appliedRevisions()).containsExactly("a1");
    }

    @Test
    void aOneStatementRevisionWhoseVersionRowsFailIsRolledBackAndSaysSo() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int PRIMARY KEY)", "DROP TABLE customer");
        Path failing = project.sqlRevision("b2", "a1", "Drops the version table",
                "DROP TABLE " + project.versionTable(), "SELECT 1");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision b2 (" + failing + ") failed while recording it in ")
                .hasMessageContaining("it was rolled back");
        assertThat(project.tables()).containsExactly("customer", project.versionTable());
        assertThat(project.appliedRevisions()).containsExactly("a1");
    }

    /**
     * A revision's COMMIT goes at the head of the next revision's batch: its failure there (a
     * deferred constraint checked at COMMIT) is still its own, and the next revision never ran.
     */
    @Test
    void aDeferredConstraintThatFailsAtCommitNamesItsRevisionNotTheNextOne() {
        deferredForeignKey();
        Path failing = project.sqlRevision("b2", "a1", "Orphan", "INSERT INTO child VALUES (42)",
                "DELETE FROM child");
        project.sqlRevision("c3", "b2", "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision b2 (" + failing + ") failed at its COMMIT: ")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("; it was rolled back and earlier revisions stay applied")
                .hasMessageNotContaining("c3")
                .hasMessageNotContaining("\n");

        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.currentHeads()).containsExactly("a1");
        assertThat(project.tables()).doesNotContain("invoice");
        assertThat(project.query("SELECT count(*) FROM child")).containsExactly("0");
        assertThat(recorder.committed).containsExactly("a1");
    }

    @Test
    void aDeferredConstraintThatFailsAtTheLastCommitNamesTheLastRevision() {
        deferredForeignKey();
        Path failing = project.sqlRevision("b2", "a1", "Orphan", "INSERT INTO child VALUES (42)",
                "DELETE FROM child");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision b2 (" + failing + ") failed at its COMMIT: ")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("; it was rolled back and earlier revisions stay applied");

        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(recorder.committed).containsExactly("a1");
        assertThat(upgrade("a1").steps()).isEmpty(); // the lock was released
    }

    @Test
    void aDowngradeWhoseCommitFailsIsNamedAndTheRevisionStaysApplied() {
        deferredForeignKey();
        Path failing = project.sqlRevision("b2", "a1", "Orphan on the way down", "SELECT 1",
                "INSERT INTO child VALUES (42)");
        project.sqlRevision("c3", "b2", "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");
        upgrade("head");
        recorder.committed.clear();

        assertThatThrownBy(() -> downgrade("base"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("downgrade of revision b2 (" + failing + ") failed at its COMMIT: ")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("; it was rolled back and earlier revisions stay applied");

        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.currentHeads()).containsExactly("b2");
        assertThat(project.tables()).contains("parent", "child").doesNotContain("invoice");
        assertThat(recorder.committed).containsExactly("c3");
    }

    @Test
    void aRevisionThatFailsAfterTheOneBeforeItCommittedLeavesThatOneApplied() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int PRIMARY KEY)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        project.sqlRevision("c3", "b2", "Broken", "INSERT INTO no_such_table VALUES (1)", "SELECT 1");
        project.sqlRevision("d4", "c3", "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision c3 (")
                .hasMessageContaining("at statement 1 of 1 `INSERT INTO no_such_table VALUES (1)`");

        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.tables()).containsExactly("customer", "orders", project.versionTable());
        assertThat(recorder.committed).containsExactly("a1", "b2");
    }

    @Test
    void aOneStatementRevisionEndingInALineCommentRunsAndRecordsItsTime() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int PRIMARY KEY) -- the first table",
                "DROP TABLE customer");

        upgrade("head");

        assertThat(project.tables()).containsExactly("customer", project.versionTable());
        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.query("SELECT execution_ms >= 0 FROM " + project.versionTable())).containsExactly("t");
    }

    @Test
    void anUnknownChangeTypeIsFoundBeforeAnyRevisionRuns() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        Path bad = project.revisionFile("c3_frobnicate.yaml", """
                revision: c3
                down_revision: b2
                message: Frobnicate
                upgrade:
                  - createTable:
                      tableName: invoice
                      columns:
                        - column: {name: id, type: int}
                  - frobnicateTable: {tableName: invoice}
                downgrade:
                  - dropTable: {tableName: invoice}
                """);

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOfSatisfying(WsMigrateException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.REVISION))
                .hasMessageStartingWith(bad + ": upgrade entry 2: ")
                .hasMessageContaining("frobnicateTable");

        assertThat(recorder.lines).isEmpty();
        assertThat(project.tables()).isEmpty();
        assertThat(project.appliedRevisions()).isEmpty();
    }

    @Test
    void aStatementThatCannotRunInATransactionIsFoundBeforeAnyRevisionRuns() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int, email text)", "DROP TABLE customer");
        Path undeclared = project.sqlRevision("b2", "a1", "Index email",
                "CREATE INDEX CONCURRENTLY ix_customer_email\n    ON customer (email)", null);

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOfSatisfying(WsMigrateException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.REVISION))
                .hasMessage(undeclared + ": upgrade entry 1: `CREATE INDEX CONCURRENTLY ix_customer_email ON customer"
                        + " (email)` cannot run inside a transaction block; add `transactional: false` to the revision"
                        + " so its statements run one by one, outside a transaction");

        assertThat(recorder.lines).isEmpty();
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void refreshingAMaterializedViewConcurrentlyStaysInsideTheRevisionsTransaction() {
        project.sqlRevision("a1", null, "Totals", "CREATE TABLE sale (id int, amount int);"
                + " CREATE MATERIALIZED VIEW totals AS SELECT 1 AS id, sum(amount) AS amount FROM sale;"
                + " CREATE UNIQUE INDEX ix_totals ON totals (id)", "DROP TABLE sale CASCADE");
        project.sqlRevision("b2", "a1", "Refresh", "INSERT INTO sale VALUES (1, 5);"
                + " REFRESH MATERIALIZED VIEW CONCURRENTLY totals", null);

        upgrade("head");

        assertThat(project.query("SELECT amount FROM totals")).containsExactly("5");
    }

    @Test
    void aNonTransactionalRevisionCreatesAnIndexConcurrentlyUnderTheLock() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int, email text)", "DROP TABLE customer");
        project.revision("b2", List.of("a1"), "Index email", false,
                List.of(Map.of("sql", "CREATE INDEX CONCURRENTLY ix_customer_email ON customer (email)")),
                List.of(Map.of("sql", "DROP INDEX CONCURRENTLY ix_customer_email")));
        project.sqlRevision("c3", "b2", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");

        RunResult result = upgrade("head");

        assertThat(result.headsAfter()).containsExactly("c3");
        assertThat(project.query("SELECT indexname FROM pg_indexes WHERE tablename = 'customer'"))
                .containsExactly("ix_customer_email");
        assertThat(project.query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_customer_email'::regclass"))
                .containsExactly("true");
        assertThat(downgrade("a1").headsAfter()).containsExactly("a1");
        assertThat(project.query("SELECT indexname FROM pg_indexes WHERE tablename = 'customer'")).isEmpty();
    }

    @Test
    void aConcurrentIndexDoesNotDeadlockWithAnotherRunWaitingForTheLock() throws Exception {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int, email text);"
                + " SELECT pg_sleep(1)", "DROP TABLE customer");
        project.revision("b2", List.of("a1"), "Index email", false,
                List.of(Map.of("sql", "CREATE INDEX CONCURRENTLY ix_customer_email ON customer (email)")),
                List.of(Map.of("sql", "DROP INDEX CONCURRENTLY ix_customer_email")));

        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> upgrade("head", new Recorder()));
        CompletableFuture<RunResult> second = CompletableFuture.supplyAsync(() -> upgrade("head", new Recorder()));
        List<RunResult> results = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

        assertThat(results).extracting(r -> r.steps().size()).containsExactlyInAnyOrder(2, 0);
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_customer_email'::regclass"))
                .containsExactly("true");
    }

    @Test
    void aFailingNonTransactionalRevisionSaysWhichStatementsStayApplied() {
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int, email text)", "DROP TABLE customer");
        project.revision("b2", List.of("a1"), "Indexes", false, List.of(
                Map.of("sql", "CREATE INDEX CONCURRENTLY ix_customer_email ON customer (email)"),
                Map.of("sql", "CREATE INDEX CONCURRENTLY ix_customer_name ON customer (name)")), List.of());

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("at statement 2 of 2")
                .hasMessageContaining("column \"name\" does not exist")
                .hasMessageContaining("non-transactional");

        assertThat(project.currentHeads()).containsExactly("a1");
        assertThat(project.query("SELECT indexname FROM pg_indexes WHERE tablename = 'customer'"))
                .containsExactly("ix_customer_email");
    }

    @Test
    void aDeferredConstraintThatFailsAtTheCommitBeforeANonTransactionalRevisionStopsBeforeIt() {
        deferredForeignKey();
        Path failing = project.sqlRevision("b2", "a1", "Orphan", "INSERT INTO child VALUES (42)", "DELETE FROM child");
        nonTransactionalIndex("c3", "b2");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision b2 (" + failing + ") failed at its COMMIT: ")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("; it was rolled back and earlier revisions stay applied")
                .hasMessageNotContaining("c3");

        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.query("SELECT indexname FROM pg_indexes WHERE tablename = 'child'")).isEmpty();
        assertThat(recorder.committed).containsExactly("a1");
        assertThat(upgrade("a1").steps()).isEmpty(); // no half-applied revision recorded, and the lock was released
    }

    @Test
    void aConnectionLostAtTheCommitBeforeANonTransactionalRevisionNamesTheRevisionThatRan() {
        deferredForeignKey();
        // b2's COMMIT ends its own session, as a server restart or a broken network at that moment would
        Path dying = project.sqlRevision("b2", "a1", "Ends the session at its commit", "CREATE TABLE doomed (id int);"
                + " CREATE FUNCTION end_session() RETURNS trigger AS $$ BEGIN"
                + " PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); RETURN NULL; END; $$"
                + " LANGUAGE plpgsql;"
                + " CREATE CONSTRAINT TRIGGER doomed_end AFTER INSERT ON doomed DEFERRABLE INITIALLY DEFERRED"
                + " FOR EACH ROW EXECUTE FUNCTION end_session();"
                + " INSERT INTO doomed VALUES (1)", "DROP TABLE doomed; DROP FUNCTION end_session()");
        nonTransactionalIndex("c3", "b2");

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("while running revision b2 (" + dying + ")")
                .hasMessageContaining("the server rolls back a revision it had not committed")
                .hasMessageNotContaining("c3")
                .hasMessageNotContaining("non-transactional");

        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.tables()).doesNotContain("doomed");
        assertThat(project.query("SELECT indexname FROM pg_indexes WHERE tablename = 'child'")).isEmpty();
        assertThat(recorder.committed).containsExactly("a1");
    }

    /** {@code id}: a non-transactional revision after {@code down} that indexes a1's child table. */
    private void nonTransactionalIndex(String id, String down) {
        project.revision(id, List.of(down), "Index child", false,
                List.of(Map.of("sql", "CREATE INDEX CONCURRENTLY ix_child_parent ON child (parent_id)")),
                List.of(Map.of("sql", "DROP INDEX CONCURRENTLY ix_child_parent")));
    }

    /** a1: a child table whose foreign key is checked at COMMIT. */
    private void deferredForeignKey() {
        project.sqlRevision("a1", null, "Tables", "CREATE TABLE parent (id int PRIMARY KEY);"
                + " CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)",
                "DROP TABLE child; DROP TABLE parent");
    }

    private RunResult upgrade(String target) {
        return upgrade(target, recorder);
    }

    private RunResult upgrade(String target, MigrationListener listener) {
        try (Project p = project.open()) {
            return new MigrationCommands(p).upgrade(target, MigrationOptions.defaults(), listener);
        }
    }

    private RunResult downgrade(String target) {
        try (Project p = project.open()) {
            return new MigrationCommands(p).downgrade(target, MigrationOptions.defaults(), recorder);
        }
    }
}
