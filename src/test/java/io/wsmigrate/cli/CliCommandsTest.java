package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the revision graph end to end through {@link Main#run}, on a real PostgreSQL. */
@ExtendWith(DropsDatabases.class)
class CliCommandsTest {
    /** Commands that need no database must not reach one: nothing listens here. */
    static final DatabaseSettings UNREACHABLE = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/nowhere", "x", null);

    @TempDir
    Path dir;

    @Test
    void initCreatesTheConfiguredScriptsFolderOrTheOneNamedAndRefusesAFolderInUse() {
        TestProject project = TestProject.create(dir, UNREACHABLE, "com.example.shop");

        CliRun init = project.cli("init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).startsWith("Created " + project.scriptsFolder());
        assertThat(project.scriptsFolder().resolve("README")).isRegularFile();
        assertThat(project.versions()).isDirectory();

        Path other = dir.resolve("other-scripts");
        assertThat(project.cli("init", other.toString()).exitCode()).isZero();
        assertThat(other.resolve("versions")).isDirectory();

        CliRun again = project.cli("init");
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.err()).contains("exists and is not empty");
    }

    @Test
    void revisionWritesHeadersFromItsOptionsWithoutReachingTheDatabase() {
        TestProject project = TestProject.create(dir, UNREACHABLE, "com.example.shop").initScripts();

        CliRun first = project.cli("revision", "-m", "Create customer", "--rev-id", "a1");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo("Generated " + project.versions().resolve("a1_create_customer.yaml")
                + System.lineSeparator());
        assertThat(project.cli("revision", "-m", "Orders", "--rev-id", "b2").exitCode()).isZero();
        CliRun notAHead = project.cli("revision", "-m", "Side", "--rev-id", "c3", "--head", "a1");
        assertThat(notAHead.exitCode()).isEqualTo(5);
        assertThat(notAHead.err()).contains("revision a1 is not a head; pass --splice");
        assertThat(project.cli("revision", "-m", "Side", "--rev-id", "c3", "--head", "a1", "--splice",
                "--branch-label", "side").exitCode()).isZero();
        assertThat(project.cli("revision", "-m", "Audit", "--rev-id", "x1", "--head", "base").exitCode()).isZero();
        assertThat(project.cli("revision", "-m", "Side audit", "--rev-id", "d4", "--head", "side@head",
                "--depends-on", "x1").exitCode()).isZero();

        try (Project p = project.open()) {
            RevisionMap map = new RevisionCommands(p).graph();
            assertThat(map.get("a1").map(Revision::downRevisions)).contains(List.of());
            assertThat(map.get("b2").map(Revision::downRevisions)).contains(List.of("a1"));
            assertThat(map.get("c3").map(Revision::downRevisions)).contains(List.of("a1"));
            assertThat(map.get("c3").map(Revision::branchLabels)).contains(List.of("side"));
            assertThat(map.get("x1").map(Revision::downRevisions)).contains(List.of());
            assertThat(map.get("d4").map(Revision::downRevisions)).contains(List.of("c3"));
            assertThat(map.get("d4").map(Revision::dependsOn)).contains(List.of("x1"));
            assertThat(map.get("a1").map(Revision::message)).contains("Create customer");
        }
    }

    @Test
    void upgradeCurrentHistoryShowStampAndDowngradeWorkTogether() {
        TestProject project = TestProject.create(dir);
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        String nl = System.lineSeparator();

        CliRun upgrade = project.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).startsWith("Running upgrade -> a1, Customer" + nl
                + "Running upgrade a1 -> b2, Orders" + nl + "Done: 2 revisions in ");
        assertThat(upgrade.out()).endsWith("the database is at b2." + nl);
        assertThat(upgrade.err()).isEmpty();

        assertThat(project.cli("current").out()).isEqualTo("b2 (head)" + nl);
        assertThat(project.cli("current", "--format", "json").out())
                .startsWith("{\"current\":[\"b2\"],\"heads\":[\"b2\"],\"at_head\":true,\"applied\":[")
                .contains("{\"revision\":\"a1\",\"head\":false,").contains("\"warnings\":[]}");
        assertThat(project.cli("heads").out()).isEqualTo("b2 (head)" + nl);
        assertThat(project.cli("heads", "--format", "json").out()).startsWith("[{\"revision\":\"b2\","
                + "\"down_revisions\":[\"a1\"],\"branch_labels\":[],\"depends_on\":[],\"message\":\"Orders\","
                + "\"head\":true,\"current\":false,\"path\":");
        assertThat(project.cli("history").out()).isEqualTo("a1 -> b2 (head), Orders" + nl
                + "<base> -> a1, Customer" + nl);
        assertThat(project.cli("history", "-r", "a1:a1").out()).isEqualTo("<base> -> a1, Customer" + nl);
        assertThat(project.cli("history", "--format", "json", "-r", "b2:").out())
                .startsWith("[{\"revision\":\"b2\"").doesNotContain("\"a1\",\"down_revisions\"");
        assertThat(project.cli("show", "a").out()).startsWith("Rev: a1" + nl + "Parent: <base>" + nl)
                .contains("Checksum: ").contains("upgrade:" + nl + "  - sql: CREATE TABLE customer (id int)");

        CliRun downgrade = project.cli("downgrade", "-1");
        assertThat(downgrade.out()).startsWith("Running downgrade b2 -> a1, Orders" + nl);
        assertThat(project.cli("history", "--indicate-current").out()).isEqualTo("a1 -> b2 (head), Orders" + nl
                + "<base> -> a1 (current), Customer" + nl);
        CliRun check = project.cli("current", "--check-heads");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEqualTo("a1" + nl);
        assertThat(check.err()).contains("not at head").contains("ws-migrate upgrade heads");

        CliRun stamp = project.cli("stamp", "b2");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(stamp.out()).isEqualTo("Stamped: the database is at b2." + nl);
        assertThat(project.tables()).containsExactly("customer", project.versionTable());
        assertThat(project.cli("current", "--check-heads").exitCode()).isZero();
        assertThat(project.cli("stamp", "a1").exitCode()).isZero();
        assertThat(project.cli("upgrade", "head").out()).startsWith("Running upgrade a1 -> b2, Orders" + nl);

        CliRun toBase = project.cli("downgrade", "base");
        assertThat(toBase.exitCode()).as(toBase.toString()).isZero();
        assertThat(toBase.out()).contains("Running downgrade a1 -> base, Customer");
        assertThat(project.tables()).containsExactly(project.versionTable());
    }

    @Test
    void branchesHeadsAndMergeShowAndJoinAForkedHistory() {
        TestProject project = TestProject.create(dir, UNREACHABLE, "com.example.shop").initScripts();
        String nl = System.lineSeparator();
        project.cli("revision", "-m", "Root", "--rev-id", "a1");
        project.cli("revision", "-m", "Main", "--rev-id", "b2");
        project.cli("revision", "-m", "Side", "--rev-id", "c3", "--head", "a1", "--splice", "--branch-label", "side");

        assertThat(project.cli("heads").out()).isEqualTo("b2 (head)" + nl + "c3 (head) [side]" + nl);
        assertThat(project.cli("branches").out()).isEqualTo("<base> -> a1 (branchpoint), Root" + nl
                + "               -> b2 (head), Main" + nl + "               -> c3 (head) [side], Side" + nl);
        CliRun single = project.cli("merge", "-m", "Nothing", "b2");
        assertThat(single.exitCode()).isEqualTo(5);
        assertThat(single.err()).contains("a merge needs two or more revisions");

        CliRun merge = project.cli("merge", "-m", "Join", "--rev-id", "m4", "heads");
        assertThat(merge.exitCode()).as(merge.toString()).isZero();
        assertThat(merge.out()).isEqualTo("Generated " + project.versions().resolve("m4_join.yaml") + nl);
        assertThat(project.cli("heads").out()).isEqualTo("m4 (head) (mergepoint)" + nl);
        assertThat(project.cli("history").out()).startsWith("(b2, c3) -> m4 (head) (mergepoint), Join" + nl);
    }

    @Test
    void aProjectWithoutRevisionsIsAtHeadWithNothingToDo() {
        TestProject project = TestProject.create(dir);

        CliRun upgrade = project.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).isEqualTo("Nothing to upgrade; the database is at base." + System.lineSeparator());
        assertThat(project.cli("current", "--check-heads").exitCode()).isZero();
        assertThat(project.cli("heads").out()).isEmpty();
        assertThat(project.cli("history").out()).isEmpty();
        assertThat(project.cli("downgrade", "base").exitCode()).isZero();
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void jsonOfHistoryEscapesMessagesAndMarksTheCurrentRevision() {
        TestProject project = TestProject.create(dir.resolve("p"), TestProject.freshDatabase(),
                "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "Say \"hi\"\\now", "SELECT 1", null);
        project.cli("upgrade", "head");

        CliRun history = project.cli("history", "--format", "json", "--indicate-current");

        assertThat(history.out()).contains("\"message\":\"Say \\\"hi\\\"\\\\now\"").contains("\"current\":true");
        assertThat(project.revisionFiles()).hasSize(1);
    }
}
