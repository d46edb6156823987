package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.revision.RevisionException;
import io.wsmigrate.revision.Step;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.script.NewRevisionFile;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Upgrades, downgrades and stamps through the command API against a real PostgreSQL. */
@ExtendWith(DropsDatabases.class)
@Tag(TestPostgres.COMPAT_TAG)
class UpgradeDowngradeTest {
    @TempDir
    Path dir;
    TestProject project;
    Recorder recorder = new Recorder();

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
    }

    @Test
    void upgradeFromBaseAppliesEveryRevisionInOrderEachInItsOwnTransactionWithItsVersionRows() {
        project.sqlRevision("a1", null, "Create log", "CREATE TABLE txlog (rev text, tx bigint);"
                + " INSERT INTO txlog VALUES ('a1', txid_current())", "DROP TABLE txlog");
        project.sqlRevision("b2", "a1", "Second", "INSERT INTO txlog VALUES ('b2', txid_current())", null);
        project.sqlRevision("c3", "b2", "Third", "INSERT INTO txlog VALUES ('c3', txid_current())", null);

        RunResult result = upgrade("head");

        assertThat(recorder.lines).containsExactly("Running upgrade -> a1, Create log",
                "Running upgrade a1 -> b2, Second", "Running upgrade b2 -> c3, Third");
        assertThat(result.steps()).extracting(s -> s.step().id()).containsExactly("a1", "b2", "c3");
        assertThat(recorder.committed).containsExactly("a1", "b2", "c3");
        assertThat(result.headsBefore()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("c3");
        assertThat(project.query("SELECT rev FROM txlog ORDER BY tx")).containsExactly("a1", "b2", "c3");
        assertThat(project.query("SELECT count(DISTINCT tx) FROM txlog")).containsExactly("3");
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2", "c3");
        assertThat(project.currentHeads()).containsExactly("c3");
        // each version row was last written by the transaction that ran the next step (which moved the
        // head flag) or, for the head, by its own: statements and bookkeeping commit together
        String table = project.versionTable();
        assertThat(project.query("SELECT l.rev FROM " + table + " v JOIN txlog l ON v.xmin::text"
                + " = (l.tx % 4294967296)::text WHERE v.version_num = 'c3'")).containsExactly("c3");
        assertThat(project.query("SELECT l.rev FROM " + table + " v JOIN txlog l ON v.xmin::text"
                + " = (l.tx % 4294967296)::text WHERE v.version_num = 'a1'")).containsExactly("b2");
    }

    /**
     * A run stopped between revisions (a fleet's stop) keeps every revision that ran: the last one's
     * COMMIT, which would have headed the next revision's batch, is sent before the run ends.
     */
    @Test
    void aRunStoppedBetweenRevisionsCommitsTheRevisionItRanLast() {
        linearHistory();
        List<String> started = new ArrayList<>();
        List<String> committed = new ArrayList<>();
        MigrationListener stopping = new MigrationListener() {
            @Override
            public void stepStarted(Step step) {
                started.add(step.id());
            }

            @Override
            public void stepFinished(Step step, long millis) {
                committed.add(step.id());
            }

            @Override
            public boolean stopRequested() {
                return started.size() == 2;
            }
        };

        RunResult result;
        try (Project p = project.open()) {
            result = new MigrationCommands(p).upgrade("heads", MigrationOptions.defaults(), stopping);
        }

        assertThat(result.steps()).extracting(s -> s.step().id()).containsExactly("1a2b", "3c4d");
        assertThat(result.headsAfter()).containsExactly("3c4d");
        assertThat(committed).containsExactly("1a2b", "3c4d");
        assertThat(project.appliedRevisions()).containsExactly("1a2b", "3c4d");
        assertThat(project.tables()).containsExactly("t_1a2b", "t_3c4d", project.versionTable());
        assertThat(upgrade("heads").steps()).extracting(s -> s.step().id()).containsExactly("5e6f", "7a8b");
    }

    @Test
    void downgradeToBaseRunsEachDowngradeNewestFirstAndEmptiesTheVersionTable() {
        linearHistory();
        upgrade("heads");
        recorder.lines.clear();

        RunResult result = downgrade("base");

        assertThat(recorder.lines).containsExactly("Running downgrade 7a8b -> 5e6f, Add t_7a8b",
                "Running downgrade 5e6f -> 3c4d, Add t_5e6f", "Running downgrade 3c4d -> 1a2b, Add t_3c4d",
                "Running downgrade 1a2b -> base, Add t_1a2b");
        assertThat(result.headsAfter()).isEmpty();
        assertThat(project.tables()).containsExactly(project.versionTable());
        assertThat(project.appliedRevisions()).isEmpty();
    }

    @Test
    void targetsResolveByIdPrefixRelativeStepsLabelsHeadsAndBase() {
        linearHistory();

        assertThat(upgrade("1a2b").headsAfter()).containsExactly("1a2b");
        assertThat(upgrade("+1").headsAfter()).containsExactly("3c4d");
        assertThat(upgrade("1a2b+3").headsAfter()).containsExactly("7a8b");
        assertThat(downgrade("-2").headsAfter()).containsExactly("3c4d");
        assertThat(project.tables()).containsExactly("t_1a2b", "t_3c4d", project.versionTable());
        assertThat(upgrade("shop@head").headsAfter()).containsExactly("7a8b");
        assertThat(downgrade("5e").headsAfter()).containsExactly("5e6f");
        assertThat(upgrade("heads").headsAfter()).containsExactly("7a8b");
        assertThat(upgrade("head").steps()).isEmpty();
        assertThat(downgrade("base").headsAfter()).isEmpty();
        assertThat(project.tables()).containsExactly(project.versionTable());
    }

    @Test
    void upgradeHeadWithTwoHeadsStopsBeforeAnythingRunsAndNamesTheWaysOut() {
        branches();

        assertThatThrownBy(() -> upgrade("head"))
                .isInstanceOfSatisfying(RevisionException.class,
                        e -> assertThat(e.kind()).isEqualTo(RevisionException.Kind.MULTIPLE_HEADS))
                .hasMessageContaining("b2").hasMessageContaining("c3")
                .hasMessageContaining("`heads`").hasMessageContaining("<label>@head").hasMessageContaining("merge");
        assertThat(project.tables()).isEmpty();

        assertThat(upgrade("side@head").headsAfter()).containsExactly("c3");
        assertThat(upgrade("heads").headsAfter()).containsExactlyInAnyOrder("b2", "c3");
        assertThat(project.currentHeads()).containsExactly("b2", "c3");
    }

    @Test
    void aMergeRevisionJoinsTwoHeadsSoHeadWorksAgain() {
        branches();
        upgrade("b2");
        try (Project p = project.open()) {
            new RevisionCommands(p).merge(List.of("heads"),
                    new RevisionRequest("Join", "m4", null, false, List.of(), List.of()));
        }

        RunResult result = upgrade("head");

        assertThat(result.steps()).extracting(s -> s.step().id()).containsExactly("c3", "m4");
        assertThat(recorder.lines).contains("Running upgrade b2, c3 -> m4, Join");
        assertThat(project.currentHeads()).containsExactly("m4");
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2", "c3", "m4");
        assertThat(downgrade("base").steps()).hasSize(4);
        assertThat(project.tables()).containsExactly(project.versionTable());
    }

    @Test
    void aRevisionThatDependsOnAnotherBranchAppliesThatBranchFirst() {
        project.sqlRevision("a1", null, "Shop", "CREATE TABLE shop (id int)", "DROP TABLE shop");
        project.write(new NewRevisionFile("x1", List.of(), List.of("audit"), List.of(), "Audit", TestProject.DATE,
                true, List.of(), sql("CREATE TABLE audit (id int)"), sql("DROP TABLE audit")));
        project.write(new NewRevisionFile("b2", List.of("a1"), List.of(), List.of("x1"), "Shop audit",
                TestProject.DATE, true, List.of(), sql("CREATE TABLE shop_audit (shop int, audit int)"),
                sql("DROP TABLE shop_audit")));

        upgrade("b2");

        assertThat(recorder.lines).containsExactly("Running upgrade -> a1, Shop", "Running upgrade -> x1, Audit",
                "Running upgrade a1 -> b2, Shop audit");
        assertThat(project.tables()).contains("audit", "shop", "shop_audit");

        recorder.lines.clear();
        downgrade("audit@base");

        assertThat(recorder.lines).containsExactly("Running downgrade b2 -> a1, Shop audit",
                "Running downgrade x1 -> base, Audit");
        assertThat(project.appliedRevisions()).containsExactly("a1");
        assertThat(project.currentHeads()).containsExactly("a1");
        assertThat(project.tables()).containsExactly("shop", project.versionTable());
    }

    @Test
    void stampRecordsRevisionsWithoutRunningThemAndUpgradeContinuesFromThere() {
        project.sqlRevision("a1", null, "First", "CREATE TABLE first (id int)", "DROP TABLE first");
        project.sqlRevision("b2", "a1", "Second", "CREATE TABLE second (id int)", "DROP TABLE second");
        project.sqlRevision("c3", "b2", "Third", "CREATE TABLE third (id int)", "DROP TABLE third");

        try (Project p = project.open()) {
            RunResult stamped = new MigrationCommands(p).stamp(List.of("b2"), false, MigrationOptions.defaults(),
                    recorder);
            assertThat(stamped.headsAfter()).containsExactly("b2");
        }
        assertThat(project.tables()).containsExactly(project.versionTable());
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(project.query("SELECT bool_and(stamped) FROM " + project.versionTable())).containsExactly("t");

        upgrade("head");

        assertThat(recorder.lines).containsExactly("Running upgrade b2 -> c3, Third");
        assertThat(project.tables()).containsExactly("third", project.versionTable());
    }

    @Test
    void aStampedRowReadsBackWithoutExecutionTimeAndARunRowWithIt() throws Exception {
        project.sqlRevision("a1", null, "First", "CREATE TABLE first (id int)", "DROP TABLE first");
        project.sqlRevision("b2", "a1", "Second", "CREATE TABLE second (id int)", "DROP TABLE second");
        try (Project p = project.open()) {
            new MigrationCommands(p).stamp(List.of("a1"), false, MigrationOptions.defaults(), recorder);
        }
        upgrade("head");

        try (Connection connection = project.connect()) {
            Map<String, Long> millis = new HashMap<>();
            VersionTable.named(project.versionTable()).read(connection).rows()
                    .forEach(row -> millis.put(row.revision(), row.executionMillis()));
            assertThat(millis).containsOnlyKeys("a1", "b2").containsEntry("a1", null);
            assertThat(millis.get("b2")).isNotNull().isNotNegative();
        }
    }

    /** 1a2b - 3c4d - 5e6f - 7a8b, each creating t_<id>; 1a2b carries the branch label {@code shop}. */
    private void linearHistory() {
        String previous = null;
        for (String id : List.of("1a2b", "3c4d", "5e6f", "7a8b")) {
            List<String> labels = previous == null ? List.of("shop") : List.of();
            project.write(new NewRevisionFile(id, previous == null ? List.of() : List.of(previous), labels, List.of(),
                    "Add t_" + id, TestProject.DATE, true, List.of(), sql("CREATE TABLE t_" + id + " (id int)"),
                    sql("DROP TABLE t_" + id)));
            previous = id;
        }
    }

    /** a1 with two children: b2, and c3 labelled {@code side}. */
    private void branches() {
        project.sqlRevision("a1", null, "Root", "CREATE TABLE root (id int)", "DROP TABLE root");
        project.sqlRevision("b2", "a1", "Main", "CREATE TABLE main (id int)", "DROP TABLE main");
        project.write(new NewRevisionFile("c3", List.of("a1"), List.of("side"), List.of(), "Side", TestProject.DATE,
                true, List.of(), sql("CREATE TABLE side (id int)"), sql("DROP TABLE side")));
    }

    private static List<Map<String, Object>> sql(String sql) {
        return List.of(Map.of("sql", sql));
    }

    private RunResult upgrade(String target) {
        try (Project p = project.open()) {
            return new MigrationCommands(p).upgrade(target, MigrationOptions.defaults(), recorder);
        }
    }

    private RunResult downgrade(String target) {
        try (Project p = project.open()) {
            return new MigrationCommands(p).downgrade(target, MigrationOptions.defaults(), recorder);
        }
    }
}
