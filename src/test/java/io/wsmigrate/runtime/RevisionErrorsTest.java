package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.revision.RevisionException;
import io.wsmigrate.revision.RevisionException.Kind;
import io.wsmigrate.script.ScriptException;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Wrong targets, a version table out of step with the scripts, and broken scripts folders: nothing runs. */
@ExtendWith(DropsDatabases.class)
class RevisionErrorsTest {
    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
    }

    @Test
    void anUnknownTargetIsNamedWithHowToListRevisions() {
        project.sqlRevision("a1", null, "First", "CREATE TABLE first (id int)", null);

        assertKind(() -> upgrade("zzz"), Kind.UNKNOWN_REVISION).hasMessageContaining("`zzz`")
                .hasMessageContaining("ws-migrate history");
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void aVersionTableFromAnotherScriptsFolderSaysToCheckTheLocation() throws IOException {
        Path only = project.sqlRevision("a1", null, "First", "CREATE TABLE first (id int)", null);
        upgrade("head");
        Files.delete(only);

        assertKind(() -> upgrade("head"), null)
                .hasMessageContaining("names revision a1 that no script in " + project.scriptsFolder() + " has;"
                        + " there are no revisions there: check migrations.location, or run"
                        + " `ws-migrate stamp --purge base`");
    }

    @Test
    void anAmbiguousPrefixNamesTheRevisionsItMatches() {
        project.sqlRevision("ab12", null, "First", "CREATE TABLE first (id int)", null);
        project.sqlRevision("ab34", "ab12", "Second", "CREATE TABLE second (id int)", null);

        assertKind(() -> upgrade("ab"), Kind.AMBIGUOUS_PREFIX).hasMessageContaining("ab12")
                .hasMessageContaining("ab34");
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void aVersionTableNamingARevisionNoScriptHasStopsTheRunAndSuggestsStampPurge() throws IOException {
        project.sqlRevision("a1", null, "First", "CREATE TABLE first (id int)", "DROP TABLE first");
        Path second = project.sqlRevision("b2", "a1", "Second", "CREATE TABLE second (id int)", "DROP TABLE second");
        upgrade("head");
        Files.delete(second);
        project.sqlRevision("c3", "a1", "Third", "CREATE TABLE third (id int)", "DROP TABLE third");

        assertKind(() -> upgrade("head"), null)
                .hasMessageContaining("names revision b2 that no script in " + project.scriptsFolder() + " has")
                .hasMessageContaining("known heads: c3")
                .hasMessageContaining("ws-migrate stamp --purge <revision>");
        assertThat(project.tables()).doesNotContain("third");

        try (Project p = project.open()) {
            new MigrationCommands(p).stamp(List.of("a1"), true, MigrationOptions.defaults(), MigrationListener.NONE);
        }
        assertThat(project.appliedRevisions()).containsExactly("a1");
        upgrade("head");
        assertThat(project.currentHeads()).containsExactly("c3");
    }

    @Test
    void aCycleIsReportedWithItsRevisions() {
        project.sqlRevision("a1", "c3", "First", "SELECT 1", null);
        project.sqlRevision("b2", "a1", "Second", "SELECT 1", null);
        project.sqlRevision("c3", "b2", "Third", "SELECT 1", null);

        assertKind(() -> upgrade("heads"), Kind.CYCLE).hasMessageContaining("a1").hasMessageContaining("b2")
                .hasMessageContaining("c3");
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void twoFilesWithTheSameIdAreBothNamed() {
        Path one = project.sqlRevision("a1", null, "First", "SELECT 1", null);
        Path two = project.revisionFile("a1_copy.yaml", "revision: a1\ndown_revision: null\nmessage: Copy\n");

        assertThatThrownBy(() -> upgrade("head")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("revision a1 is declared by two files")
                .hasMessageContaining(one.toString()).hasMessageContaining(two.toString());
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void aMissingDownRevisionNamesTheFileThatPointsAtIt() {
        Path orphan = project.sqlRevision("b2", "a1", "Second", "SELECT 1", null);

        assertKind(() -> upgrade("head"), Kind.MISSING_DOWN_REVISION).hasMessageContaining("b2 (" + orphan + ")")
                .hasMessageContaining("down_revision a1");
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void malformedYamlIsReportedWithFileAndLine() {
        project.sqlRevision("a1", null, "First", "SELECT 1", null);
        Path bad = project.revisionFile("b2_bad.yaml", """
                revision: b2
                down_revision: a1
                message: Broken
                upgrade:
                  - sql: {sql: SELECT 1
                  - sql: SELECT 2
                """);

        assertThatThrownBy(() -> upgrade("head")).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(bad + ":6:")
                .hasMessageContaining("malformed YAML");
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void ofManyFilesTheFirstBadOneInTheRunsOrderIsReportedAndNothingRuns() {
        // enough files to be read on two threads: the later bad file may well be read first
        String down = null;
        for (int i = 1; i <= 60; i++) {
            String id = String.format("r%02d", i);
            if (i == 17 || i == 45) {
                project.revisionFile(id + "_bad.yaml", "revision: " + id + "\ndown_revision: " + down
                        + "\nmessage: Broken\nupgrade:\n  - sql: {sql: SELECT 1\n");
            } else {
                project.sqlRevision(id, down, "Table " + i, "CREATE TABLE t" + i + " (id int)", null);
            }
            down = id;
        }

        assertThatThrownBy(() -> upgrade("head")).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(project.versions().resolve("r17_bad.yaml") + ":6:")
                .hasMessageContaining("malformed YAML");
        assertThat(project.tables()).isEmpty();
    }

    private static AbstractThrowableAssert<?, ?> assertKind(Runnable run, Kind kind) {
        return assertThatThrownBy(run::run)
                .isInstanceOfSatisfying(WsMigrateException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.REVISION);
                    if (kind != null) {
                        assertThat(e).isInstanceOf(RevisionException.class);
                        assertThat(((RevisionException) e).kind()).isEqualTo(kind);
                    }
                })
                .hasMessageNotContaining("\n");
    }

    private void upgrade(String target) {
        try (Project p = project.open()) {
            new MigrationCommands(p).upgrade(target, MigrationOptions.defaults(), MigrationListener.NONE);
        }
    }
}
