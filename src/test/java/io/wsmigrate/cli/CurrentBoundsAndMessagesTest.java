package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code current} as a bound of --sql ranges and of show, and messages found by a new user's trial. */
@ExtendWith(DropsDatabases.class)
class CurrentBoundsAndMessagesTest {
    @TempDir
    Path dir;

    private TestProject atFirstOfTwo() {
        TestProject project = TestProject.create(dir);
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        assertThat(project.cli("upgrade", "a1").exitCode()).isZero();
        return project;
    }

    @Test
    void currentInAnSqlRangeIsWhereTheDatabaseIs() {
        TestProject project = atFirstOfTwo();

        CliRun upgrade = project.cli("upgrade", "--sql", "current:head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).contains("CREATE TABLE orders").doesNotContain("CREATE TABLE customer");

        CliRun downgrade = project.cli("downgrade", "--sql", "current:base");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        assertThat(downgrade.out()).contains("DROP TABLE customer").doesNotContain("DROP TABLE orders");
    }

    @Test
    void currentInAnSqlRangeWithoutADatabaseSaysSo() {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");

        CliRun run = project.cli("upgrade", "--sql", "current:head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("`current` in an --sql range is the revision the database is at")
                .contains("give the revision instead");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void showCurrentShowsTheDatabasesRevisionAndShowBaseSaysWhyNot() {
        TestProject project = atFirstOfTwo();

        assertThat(project.cli("show", "current").out()).startsWith("Rev: a1");
        CliRun base = project.cli("show", "base");
        assertThat(base.exitCode()).isEqualTo(ExitCode.REVISION.code());
        assertThat(base.err()).contains("`base` names no revision").doesNotEndWith(":\n");
        assertThat(project.cli("downgrade", "base").exitCode()).isZero();
        assertThat(project.cli("show", "current").err()).contains("the database is at base");
    }

    @Test
    void dumpDbWithAFileAsArgumentIsAUsageErrorNamingTheOption() {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();

        CliRun run = project.cli("dump-db", "backup.sql");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("`dump-db -f backup.sql`");
        assertThat(dir.resolve("backup.sql")).doesNotExist();
    }

    @Test
    void downgradingAnEditedRevisionSaysWhichDowngradeRuns() throws Exception {
        TestProject project = TestProject.create(dir);
        Path edited = project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)",
                "DROP TABLE customer");
        assertThat(project.cli("upgrade", "a1").exitCode()).isZero();
        Files.writeString(edited, Files.readString(edited).replace("DROP TABLE customer", "DROP TABLE IF EXISTS customer"));

        CliRun downgrade = project.cli("downgrade", "base");

        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        assertThat(downgrade.err()).contains("revision a1").contains("this downgrade runs the downgrade of the file"
                + " as it is now (edited), not of the version that was applied").doesNotContain("not rerun");
    }
}
