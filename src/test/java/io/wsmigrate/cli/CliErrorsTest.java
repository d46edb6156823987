package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the user sees when something is wrong: one line, a hint, an exit code, no stack trace. */
@ExtendWith(DropsDatabases.class)
class CliErrorsTest {
    static final List<String> COMMANDS = List.of("init", "revision", "merge", "upgrade", "downgrade", "stamp",
            "current", "heads", "branches", "history", "show", "db-info", "lock");

    @TempDir
    Path dir;

    @Test
    void unknownCommandsAndOptionsAreOneLineUsageErrorsPointingAtHelp() {
        CliRun command = CliRun.of("frobnicate");
        assertThat(command.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(command.err()).startsWith("ERROR: Unmatched argument at index 0: 'frobnicate'")
                .endsWith("see `ws-migrate --help`" + System.lineSeparator()).hasLineCount(1);

        CliRun option = CliRun.of("upgrade", "--frobnicate", "head");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--frobnicate'")
                .contains("see `ws-migrate upgrade --help`").hasLineCount(1);

        assertThat(CliRun.of("upgrade").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("upgrade", "--lock-timeout", "soon", "head").err()).contains("'soon' is not a duration");
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        for (String command : COMMANDS) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: ws-migrate " + command)
                    .containsOnlyOnce("Exit codes:").contains("  6  " + ExitCode.MIGRATION.meaning());
        }
        CliRun root = CliRun.of("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).containsOnlyOnce("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            assertThat(root.out()).contains(String.format("%3d  %s", code.code(), code.meaning()));
        }
        assertThat(root.out()).contains(COMMANDS);
    }

    @Test
    void versionNamesTheTool() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ws-migrate ").contains("Java ");
    }

    @Test
    void anErrorIsOneLineWithAHintAndTheStackTraceComesOnlyWithVerbose() {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        project.sqlRevision("ab12", null, "First", "SELECT 1", null);
        project.sqlRevision("ab34", "ab12", "Second", "SELECT 1", null);

        CliRun ambiguous = project.cli("show", "ab");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.REVISION.code());
        assertThat(ambiguous.err()).startsWith("ERROR: ").contains("ab12").contains("ab34");
        assertThat(ambiguous.err().lines()).hasSize(1);

        CliRun verbose = project.cli("--verbose", "show", "ab");
        assertThat(verbose.exitCode()).isEqualTo(5);
        assertThat(verbose.err()).contains("RevisionException").contains("\tat io.wsmigrate.");
    }

    @Test
    void eachKindOfFailureHasItsExitCodeAndSaysWhatToDo() throws Exception {
        TestProject project = TestProject.create(dir);
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        Path failing = project.sqlRevision("c3", "a1", "Broken", "INSERT INTO nowhere VALUES (1)", null);

        assertError(project.cli("upgrade", "head"), ExitCode.REVISION, "multiple heads: b2, c3; use `heads`,"
                + " `<label>@head`, or `ws-migrate merge`");
        assertError(project.cli("upgrade", "nope"), ExitCode.REVISION, "no revision or branch label matches `nope`");
        CliRun failed = project.cli("upgrade", "heads");
        assertError(failed, ExitCode.MIGRATION, "upgrade of revision c3 (" + failing + ") failed at statement 1 of 1"
                + " `INSERT INTO nowhere VALUES (1)`");
        assertThat(project.appliedRevisions()).containsExactly("a1", "b2");

        try (Connection other = project.connect();
             AdvisoryLock held = AdvisoryLock.acquire(other, project.versionTable(), Duration.ZERO)) {
            assertError(project.cli("upgrade", "heads", "--lock-timeout", "300ms"), ExitCode.LOCK,
                    "another ws-migrate run holds the migration lock of ws_migrate_com_example_shop (held by pid ");
            assertThat(project.cli("upgrade", "heads", "--lock-timeout", "300ms").err()).contains("; waited 300 ms;");
        }

        Files.delete(failing);
        Files.delete(project.versions().resolve("b2_orders.yaml"));
        assertError(project.cli("upgrade", "head"), ExitCode.REVISION, "names revision b2 that no script in");
        assertThat(project.cli("current").err()).contains("known heads: a1").contains("stamp --purge");
        CliRun purge = project.cli("stamp", "--purge", "a1");
        assertThat(purge.exitCode()).as(purge.toString()).isZero();
        assertThat(project.cli("current").out()).isEqualTo("a1 (head)" + System.lineSeparator());

        assertError(CliRun.of("-c", dir.resolve("missing.yaml").toString(), "current"), ExitCode.CONFIG, "missing.yaml");
        assertError(TestProject.create(dir.resolve("off"), CliCommandsTest.UNREACHABLE, "com.example.shop")
                .initScripts().cli("current"), ExitCode.DATABASE, "cannot connect to");
    }

    @Test
    void aRejectedRevisionCommandWritesNoFile() throws IOException {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "First", "SELECT 1", null);

        assertError(project.cli("revision", "-m", "Bad id", "--rev-id", "no/such"), ExitCode.REVISION,
                "a revision id may hold only");
        assertError(project.cli("revision", "-m", "Bad dependency", "--depends-on", "zz"), ExitCode.REVISION, "`zz`");
        assertError(project.cli("revision", "-m", "Taken", "--rev-id", "a1"), ExitCode.REVISION, "already exists");
        assertError(project.cli("merge", "-m", "Nothing to merge", "heads"), ExitCode.REVISION,
                "a merge needs two or more revisions");

        try (Stream<Path> files = Files.list(project.versions())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".gitkeep", "a1_first.yaml");
        }
    }

    static Stream<Arguments> brokenScripts() {
        String valid = "revision: a1\ndown_revision: null\nmessage: First\nupgrade:\n  - sql: CREATE TABLE first (id int)\n";
        return Stream.of(
                Arguments.of("cycle", Map.of("a1_first.yaml", valid.replace("down_revision: null", "down_revision: c3"),
                        "b2_second.yaml", "revision: b2\ndown_revision: a1\n",
                        "c3_third.yaml", "revision: c3\ndown_revision: b2\n"),
                        "revisions form a cycle: a1 -> "),
                Arguments.of("duplicate id", Map.of("a1_first.yaml", valid, "a1_again.yaml", valid),
                        "revision a1 is declared by two files"),
                Arguments.of("missing down-revision", Map.of("b2_second.yaml", "revision: b2\ndown_revision: a1\n"),
                        "b2_second.yaml): down_revision a1 names no revision"),
                Arguments.of("malformed YAML", Map.of("a1_first.yaml", valid,
                        "b2_second.yaml", "revision: b2\ndown_revision: a1\nupgrade:\n  - sql: {sql: x\n  - sql: y\n"),
                        "b2_second.yaml:5:"),
                Arguments.of("misspelt header", Map.of("a1_first.yaml", valid.replace("down_revision", "down_revison")),
                        "down_revison"),
                Arguments.of("unknown change type", Map.of("a1_first.yaml", valid,
                        "b2_second.yaml", "revision: b2\ndown_revision: a1\nupgrade:\n  - frobnicateTable: {tableName: x}\n"),
                        "b2_second.yaml: upgrade entry 1: unknown change type 'frobnicateTable'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScripts")
    void aBrokenScriptsFolderStopsUpgradeBeforeAnythingRuns(String name, Map<String, String> files, String text) {
        TestProject project = TestProject.create(dir);
        files.forEach(project::revisionFile);

        assertError(project.cli("upgrade", "heads"), ExitCode.REVISION, text);
        assertThat(project.tables()).isEmpty();
    }

    private static void assertError(CliRun run, ExitCode code, String text) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(code.code());
        assertThat(run.err()).as(run.toString()).startsWith("ERROR: ").contains(text).doesNotContain("\tat ");
        assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    }
}
