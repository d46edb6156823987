package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Secrets the settings carry elsewhere than in {@code database.password}: in the URL's query, its
 * user-info, with a broken %-escape or a bad port; a password that YAML reads as an alias; and the
 * child processes psql and pg_dump, whose command line and environment anyone may read.
 */
class UrlAndChildSecretsTest {
    private static final String SECRET = "Url-SECRET-pw-9041";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "bad port|jdbc:postgresql://127.0.0.1:99999/db?user=u&password=" + SECRET + "|CONFIG",
        "broken escape|jdbc:postgresql://127.0.0.1:1/db?password=" + SECRET + "%zz|CONFIG",
        "user-info|jdbc:postgresql://u:" + SECRET + "@127.0.0.1:1/db|CONFIG",
        "password with ; and TAIL|jdbc:postgresql://127.0.0.1:1/db?password=" + SECRET + ";TAIL|DATABASE",
        "unknown host|jdbc:postgresql://no-such-host.invalid/db?password=" + SECRET + "|DATABASE"})
    void aPasswordInTheUrlShowsNowhere(String name, String url, ExitCode code) throws Exception {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.settingsLines("database:", "  url: '" + url + "'", "  connect_timeout: 2s", "migrations:",
                "  package: " + ReliabilityProjects.SANDBOX_PACKAGE, "  location: migrations");
        sandbox.tableRevision("a1", null, "t1");
        List<String> leaks = new ArrayList<>();
        try (LogCapture logs = new LogCapture()) {
            for (String[] args : List.of(new String[] {"current"}, new String[] {"upgrade", "head"},
                    new String[] {"--verbose", "current"}, new String[] {"-q", "upgrade", "head"})) {
                CliRun result = sandbox.run(args);
                String command = String.join(" ", args);
                assertThat(result.exitCode()).as(command + "\n" + result).isEqualTo(code.code());
                assertThat(result.err()).as(command).contains("ERROR: ");
                if ((result.out() + result.err()).contains(SECRET)) {
                    leaks.add(command + ": " + result);
                }
            }
            assertThat(logs.text()).doesNotContain(SECRET);
        }
        // psql and pg_dump print on the real stderr: run those as a real process
        for (String[] args : List.of(new String[] {"dump-db"}, new String[] {"db-shell", "--", "-X", "--command=select 1"},
                new String[] {"-q", "db-shell", "--", "-X", "--command=select 1"})) {
            Path log = dir.resolve("child.log");
            Process process = ChildJvm.start(sandbox.settingsFile(), log, args);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isNotZero();
            if (output.contains(SECRET)) {
                leaks.add(String.join(" ", args) + ": " + output);
            }
            assertThat(output).as("the driver's own warnings").doesNotContain("WARNING:").doesNotContain("org.postgresql");
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aPasswordThatYamlReadsAsAnAliasIsNotEchoed() {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.settingsLines("database:", "  url: ${DB_URL}", "  password: *" + SECRET, "migrations:",
                "  package: " + ReliabilityProjects.SANDBOX_PACKAGE);
        CliRun result = sandbox.run("current");
        assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIG.code());
        assertThat(result.err()).contains("app.yaml:3").contains("put the value in quotes").doesNotContain(SECRET);
        sandbox.settingsLines("database:", "  url: ${DB_URL}", "  password: &" + SECRET + " x", "migrations:",
                "  package: " + ReliabilityProjects.SANDBOX_PACKAGE, "other: *nothing");
        CliRun anchor = sandbox.run("current");
        assertThat(anchor.err()).doesNotContain(SECRET);
    }

    /**
     * psql runs while the test reads its {@code /proc/<pid>/cmdline} and {@code environ}: the
     * password is in neither, only in the 0600 password file of a 0700 folder, gone afterwards.
     */
    @Test
    void psqlGetsThePasswordInAPrivateFileOnlyNeverInItsCommandLineOrEnvironment() throws Exception {
        Path proc = Path.of("/proc/self/environ");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(proc), "needs Linux's /proc");
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        DatabaseSettings role = PasswordRole.create(TestPostgres.get().freshDatabase());
        sandbox.useDatabase(role);
        sandbox.environment().put("PATH", System.getenv("PATH"));
        sandbox.settingsLines(ReliabilityProjects.VALID_SETTINGS);
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> sandbox.run("db-shell", "--", "-X",
                "-w", "-A", "-t", "--command=select pg_sleep(2), current_user"));
        String environ = "";
        String cmdline = "";
        // the child may still be between fork and exec, with the JVM's environment, or be a short-lived
        // psql run before the session's (gone before its files are read): wait for the session's own
        for (int i = 0; i < 500 && !environ.contains("PGPASSFILE="); i++) {
            ProcessHandle psql = awaitChild("psql", run);
            try {
                cmdline = read(Path.of("/proc", Long.toString(psql.pid()), "cmdline"));
                environ = read(Path.of("/proc", Long.toString(psql.pid()), "environ"));
            } catch (java.nio.file.FileSystemException gone) {
                environ = "";
            }
            Thread.sleep(5);
        }
        String psqlEnvironment = environ;
        Path passFile = Path.of(Stream.of(environ.split("\0")).filter(v -> v.startsWith("PGPASSFILE="))
                .findFirst().orElseThrow(() -> new AssertionError("no PGPASSFILE: " + psqlEnvironment))
                .substring("PGPASSFILE=".length()));
        String passFileMode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(passFile));
        String folderMode = java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(passFile.getParent()));
        CliRun result = run.get(60, TimeUnit.SECONDS);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(cmdline).doesNotContain(PasswordRole.PASSWORD);
        assertThat(environ).doesNotContain(PasswordRole.PASSWORD).doesNotContain("PGPASSWORD=");
        assertThat(passFileMode).isEqualTo("rw-------");
        assertThat(folderMode).isEqualTo("rwx------");
        assertThat(passFile).doesNotExist();
    }

    /** A password file left by a run killed with SIGKILL is deleted by the next run. */
    @Test
    void aPasswordFileLeftByAKilledRunIsDeletedByTheNextRun() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        sandbox.useDatabase(TestPostgres.get().freshDatabase());
        sandbox.environment().put("PATH", System.getenv("PATH"));
        sandbox.runOk("db-shell", "--", "-X", "--command=select 1"); // creates the private folder
        Path folder = Path.of(System.getProperty("java.io.tmpdir"),
                "ws-migrate-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"));
        Path stale = Files.writeString(folder.resolve("pgpass-" + dead.pid() + "-1"), "*:*:*:*:" + SECRET + "\n");

        io.wsmigrate.pgclient.PasswordFolder.removeStale(); // what every start of ws-migrate does first
        assertThat(stale).doesNotExist();
    }

    private static ProcessHandle awaitChild(String program, CompletableFuture<?> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !run.isDone()) {
            var child = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/" + program)).orElse(false)).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError(program + " never started: " + (run.isDone() ? run.get() : "still running"));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
