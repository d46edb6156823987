package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An applied revision whose file was edited afterwards: reported by upgrade, current and history, never rerun. */
@ExtendWith(DropsDatabases.class)
class ChangedRevisionReportTest {
    @TempDir
    Path dir;

    @Test
    void anEditedAppliedRevisionIsReportedByUpgradeCurrentAndVerboseHistory() throws Exception {
        TestProject project = TestProject.create(dir);
        Path edited = project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)",
                "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        assertThat(project.cli("upgrade", "head").exitCode()).isZero();
        Files.writeString(edited, Files.readString(edited).replace("(id int)", "(id bigint)"));
        String warning = "WARNING: revision a1 (" + edited + ") changed after it was applied on ";

        CliRun upgrade = project.cli("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).startsWith(warning).contains("not rerun");
        assertThat(upgrade.out()).startsWith("Nothing to upgrade");
        assertThat(project.query("SELECT data_type FROM information_schema.columns WHERE table_name = 'customer'"))
                .containsExactly("integer");

        CliRun current = project.cli("current", "--verbose");
        assertThat(current.exitCode()).isZero();
        assertThat(current.err()).startsWith(warning);
        assertThat(current.out()).startsWith("Rev: b2 (head) (current)");

        CliRun history = project.cli("history", "--verbose");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).contains("Rev: a1" + System.lineSeparator()
                + "Changed: its file changed after it was applied; the changes are not rerun");
        assertThat(history.out().split("Changed:", -1)).hasSize(2);
    }

    @Test
    void verboseHistoryStillWorksWhenTheDatabaseCannotBeReached() {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", null);

        CliRun history = project.cli("history", "--verbose");

        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).startsWith("Rev: a1");
        assertThat(history.err()).startsWith("WARNING: checksums not compared");
    }
}
