package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Secrets;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --sql} script is printed as the revisions wrote it, even where a word of it equals the
 * password (user and password both {@code postgres} is common in development), while errors on
 * the same run still mask the password. The settings point at no server: {@code --sql} needs none.
 */
class ScriptMaskingTest {
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";
    private static final String PASSWORD = "S3cretPassw0rd";

    @TempDir
    Path dir;

    @Test
    void aScriptKeepsAWordThatEqualsThePassword() {
        TestProject project = project(DatabaseSettings.of(UNREACHABLE, "postgres", "postgres"));

        for (String[] args : new String[][] {{"upgrade", "--sql", "head"}, {"downgrade", "--sql", "a1:base"}}) {
            CliRun run = project.cli(args);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("OWNER TO postgres")
                    .contains("'kept for postgres'").doesNotContain(Secrets.MASK);
        }
        CliRun stamp = project.cli("stamp", "--sql", "a1");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(stamp.out()).doesNotContain(Secrets.MASK);
    }

    @Test
    void aScriptNeverHoldsThePasswordAndAnErrorStillMasksIt() {
        TestProject project = project(DatabaseSettings.of(UNREACHABLE, "app", PASSWORD));

        CliRun script = project.cli("upgrade", "--sql", "head");
        assertThat(script.exitCode()).as(script.toString()).isZero();
        assertThat(script.out()).contains("OWNER TO postgres").doesNotContain(PASSWORD);
        assertThat(script.err()).doesNotContain(PASSWORD);

        CliRun error = project.cli("upgrade", "--sql", PASSWORD);
        assertThat(error.exitCode()).as(error.toString()).isNotZero();
        assertThat(error.out() + error.err()).contains(Secrets.MASK).doesNotContain(PASSWORD);
    }

    private TestProject project(DatabaseSettings database) {
        TestProject project = TestProject.create(dir, database, "com.example.shop").initScripts();
        String owned = " ALTER TABLE owned OWNER TO postgres; COMMENT ON TABLE owned IS 'kept for postgres';";
        project.sqlRevision("a1", null, "Owned", "CREATE TABLE owned (id int);" + owned, owned + " DROP TABLE owned");
        return project;
    }
}
