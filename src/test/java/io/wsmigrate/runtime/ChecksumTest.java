package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.MigrationCommands.Current;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.ProjectParts;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The checksum recorded for each applied revision, and what happens when an applied file changes. */
@ExtendWith(DropsDatabases.class)
class ChecksumTest {
    @TempDir
    Path dir;
    TestProject project;
    Recorder recorder = new Recorder();
    Path first;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        first = project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
    }

    @Test
    void theChecksumOfEachAppliedRevisionIsRecorded() {
        upgrade("head");

        try (Project p = project.open()) {
            for (String id : List.of("a1", "b2")) {
                assertThat(project.query("SELECT checksum FROM " + project.versionTable()
                        + " WHERE version_num = '" + id + "'")).containsExactly(ProjectParts.scripts(p).load(id).checksum());
            }
        }
        assertThat(recorder.warnings).isEmpty();
    }

    @Test
    void anAppliedRevisionWhoseChangesWereEditedIsReportedAndNeverRerun() throws IOException {
        upgrade("head");
        Files.writeString(first, Files.readString(first).replace("CREATE TABLE customer (id int)",
                "CREATE TABLE customer (id int, name text)"));
        project.sqlRevision("c3", "b2", "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");
        recorder.lines.clear();

        upgrade("head");

        assertThat(recorder.lines).containsExactly("Running upgrade b2 -> c3, Invoice");
        assertThat(recorder.warnings).singleElement().asString()
                .contains("revision a1 (" + first + ") changed after it was applied")
                .contains("not rerun");
        assertThat(project.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'customer'"))
                .containsExactly("1");
        try (Project p = project.open()) {
            Current current = new MigrationCommands(p).current();
            assertThat(current.warnings()).singleElement().asString().contains("revision a1");
        }
    }

    @Test
    void editingOnlyCommentsAndTheMessageOfAnAppliedRevisionIsNotAChange() throws IOException {
        upgrade("head");
        Files.writeString(first, "# reviewed by the DBA\n"
                + Files.readString(first).replace("message: Customer", "message: Customer table"));

        upgrade("head");

        assertThat(recorder.warnings).isEmpty();
    }

    @Test
    void aStampRecordsTheChecksumsOfTheRevisionsItMarksApplied() {
        try (Project p = project.open()) {
            new MigrationCommands(p).stamp(List.of("b2"), false, MigrationOptions.defaults(), recorder);
            assertThat(project.query("SELECT checksum FROM " + project.versionTable() + " ORDER BY version_num"))
                    .containsExactly(ProjectParts.scripts(p).load("a1").checksum(), ProjectParts.scripts(p).load("b2").checksum());
        }
    }

    private void upgrade(String target) {
        try (Project p = project.open()) {
            new MigrationCommands(p).upgrade(target, MigrationOptions.defaults(), recorder);
        }
    }
}
