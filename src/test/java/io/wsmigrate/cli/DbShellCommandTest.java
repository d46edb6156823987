package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.pgclient.PasswordServer;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbShellCommandTest {
    /** Never reached: these commands fail before connecting. (The shared test password, postgres, is masked in errors.) */
    private static final DatabaseSettings UNREACHED = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/none",
            "nobody", "unused-secret");

    @TempDir
    Path dir;

    @Test
    void selectOnePrintsOneAndExitsZero() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(TestPostgres.get().freshDatabase())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.fork(null, "db-shell", "--", "-X", "-A", "-t", "-c", "select 1");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("1\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void psqlsExitCodeIsTheCommandsExitCode() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(TestPostgres.get().freshDatabase())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();
        Path script = Files.writeString(dir.resolve("broken.sql"), "select nope;\n");

        CliRun failed = project.fork(null, "db-shell", "--", "-X", "-c", "select nope");
        CliRun stopped = project.fork(null, "db-shell", "--", "-X", "-v", "ON_ERROR_STOP=1",
                "-f", script.toString());

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("column \"nope\" does not exist").doesNotContain("ERROR: psql");
        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(3);
    }

    @Test
    void sqlPipedIntoTheShellRuns() throws Exception {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        TestProject project = TestProject.in(dir)
                .on(db)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();
        Path input = Files.writeString(dir.resolve("input.sql"), "CREATE TABLE piped (id int);\n");

        CliRun result = project.fork(input, "db-shell", "--", "-X", "-q", "-v", "ON_ERROR_STOP=1");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (Connection c = TestPostgres.connect(db);
             ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('piped') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    @Test
    void passwordShowsNowhereEvenWithVerboseOutput() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(PasswordServer.get().freshDatabase())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.fork(null, "--verbose", "db-shell", "--", "-X", "-w", "-A", "-t", "-c",
                "select current_user");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(PasswordServer.ROLE + "\n");
        assertThat(result.err()).contains("PGPASSFILE=").doesNotContain(PasswordServer.PASSWORD);
    }

    @Test
    void psqlMissingFromPathIsExitNineWithHowToInstallIt() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(UNREACHED)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder()
                .environment("PATH", dir.toString()).create();

        CliRun result = project.run("db-shell", "--", "-c", "select 1");

        assertThat(result.exitCode()).isEqualTo(9);
        assertThat(result.err()).isEqualTo("ERROR: psql was not found on PATH; install PostgreSQL's client programs "
                + "(Debian/Ubuntu: `apt-get install postgresql-client`, Fedora: `dnf install postgresql`, macOS: "
                + "`brew install libpq`), or set WS_MIGRATE_PSQL to the path of psql\n");
    }

    @Test
    void psqlVariablePointingNowhereIsExitNine() throws Exception {
        Path missing = dir.resolve("no/psql");
        TestProject project = TestProject.in(dir)
                .on(UNREACHED)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder()
                .environment("WS_MIGRATE_PSQL", missing.toString()).create();

        CliRun result = project.run("db-shell");

        assertThat(result.exitCode()).isEqualTo(9);
        assertThat(result.err()).isEqualTo("ERROR: WS_MIGRATE_PSQL is " + missing + ", which is not an executable "
                + "file; point it at psql, or unset it to use psql from PATH\n");
    }

    @Test
    void helpExplainsPassingArgumentsAndRestoringADump() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(UNREACHED)
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.run("db-shell", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: ws-migrate db-shell [-hqvV] [-c=FILE] [-- PSQL_ARG...]")
                .contains("ws-migrate db-shell -- -v ON_ERROR_STOP=1 -f dump.sql")
                .contains("pg_restore dump.custom | ws-migrate db-shell -- -v ON_ERROR_STOP=1");
    }
}
