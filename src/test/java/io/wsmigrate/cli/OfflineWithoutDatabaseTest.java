package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that never connect run where the database's settings are not at hand (a CI job checking
 * for several heads, a checkout without the production variables), as Alembic's do; a command that
 * connects reports the database section's problem as before, and changes nothing.
 */
class OfflineWithoutDatabaseTest {
    @TempDir
    Path dir;

    private TestProject project(String... databaseLines) {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        project.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        String[] lines = new String[databaseLines.length + 3];
        System.arraycopy(databaseLines, 0, lines, 0, databaseLines.length);
        lines[databaseLines.length] = "migrations:";
        lines[databaseLines.length + 1] = "  package: com.example.shop";
        lines[databaseLines.length + 2] = "  location: migrations";
        return project.settingsLines(lines);
    }

    @Test
    void theGraphsCommandsRunWithAnUnsetUrlVariableAndConnectingOnesSayWhatIsMissing() {
        TestProject project = project("database:", "  url: ${DATABASE_URL}", "  password: ${DATABASE_PASSWORD}");

        assertThat(run(project, "heads").out()).isEqualTo("b2 (head)" + System.lineSeparator());
        assertThat(run(project, "history").out()).contains("a1 -> b2 (head), Orders");
        assertThat(run(project, "show", "a1").out()).contains("Customer");
        assertThat(run(project, "branches").exitCode()).isZero();
        CliRun verbose = run(project, "--verbose", "history");
        assertThat(verbose.out()).startsWith("Rev: b2 (head)");
        assertThat(verbose.err()).contains("checksums not compared with the applied revisions: "
                + project.settingsFile() + ":2: database.url uses ${DATABASE_URL}");
        assertThat(run(project, "stamp", "head", "--sql").out()).contains("INSERT INTO");
        assertThat(run(project, "revision", "-m", "Invoice", "--rev-id", "c3").out()).startsWith("Generated ");
        assertThat(run(project, "heads").out()).isEqualTo("c3 (head)" + System.lineSeparator());

        for (String[] connecting : new String[][] {{"current"}, {"upgrade", "head"}, {"stamp", "head"},
            {"downgrade", "base"}}) {
            CliRun run = project.cli(connecting);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
            assertThat(run.err()).as(run.toString()).isEqualTo("ERROR: " + project.settingsFile() + ":2: database.url"
                    + " uses ${DATABASE_URL}, but DATABASE_URL is not set in the environment; export DATABASE_URL or"
                    + " write ${DATABASE_URL:-default}" + System.lineSeparator());
        }
    }

    @Test
    void aComparisonReportsTheSectionBeforeHibernateBoots() {
        TestProject project = project("database:", "  url: ${DATABASE_URL}");
        project.settingsLines("database:", "  url: ${DATABASE_URL}", "migrations:", "  package: nowhere.to.be.found",
                "  classpath: [" + TestProject.testClasses() + "]", "  location: migrations");

        for (String[] comparing : new String[][] {{"check"}, {"revision", "--autogenerate", "-m", "Later"},
            {"check", "--against", "scripts"}}) {
            CliRun run = project.cli(comparing);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
            assertThat(run.err()).as(run.toString()).contains(":2: database.url uses ${DATABASE_URL}");
        }
        assertThat(project.revisionFiles()).hasSize(2);
    }

    @Test
    void aMissingDatabaseSectionIsReportedByTheFirstCommandThatConnects() {
        TestProject project = project();

        assertThat(run(project, "history").out()).contains("<base> -> a1, Customer");
        CliRun current = project.cli("current");
        assertThat(current.exitCode()).isEqualTo(3);
        assertThat(current.err()).contains(project.settingsFile() + ": missing required key database.url");
    }

    @Test
    void aSpringBootFileWithoutItsDatasourceUrlServesTheGraphsCommands() {
        TestProject project = TestProject.create(dir, CliCommandsTest.UNREACHABLE, "com.example.shop").initScripts();
        project.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        Path application = project.write("src/main/resources/application.yml", String.join("\n",
                "spring:", "  datasource:", "    url: ${DATABASE_URL}", "ws-migrate:", "  package: com.example.shop",
                "  location: migrations", ""));

        CliRun heads = project.cli("-c", application.toString(), "heads");
        assertThat(heads.exitCode()).as(heads.toString()).isZero();
        assertThat(heads.out()).isEqualTo("a1 (head)" + System.lineSeparator());
        CliRun current = project.cli("-c", application.toString(), "current");
        assertThat(current.exitCode()).isEqualTo(3);
        assertThat(current.err()).contains("application.yml:3: spring.datasource.url uses ${DATABASE_URL}");
    }

    private static CliRun run(TestProject project, String... args) {
        CliRun run = project.cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }
}
