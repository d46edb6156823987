package io.wsmigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real password (the test role must log in with it) never shows: not on stdout or stderr, not
 * in a log event at any level, not in a file ws-migrate writes, for every command, written in the
 * settings or taken from the environment, with and without {@code --verbose}, and in failures.
 */
class SecretsTest {
    private static final String WRONG_PASSWORD = "Wr0ng-SECRET-pw-0815";

    @TempDir
    Path dir;

    /** Where the settings take the password from. */
    enum Source { SETTINGS, ENVIRONMENT, URL, PROPERTIES }

    @ParameterizedTest(name = "password from {0}, verbose {1}")
    @CsvSource({"SETTINGS, false", "SETTINGS, true", "ENVIRONMENT, false", "ENVIRONMENT, true", "URL, true",
        "PROPERTIES, true"})
    void thePasswordAppearsInNoOutputLogOrFile(Source source, boolean verbose) {
        TestProject sandbox = ReliabilityProjects.sandbox(dir);
        DatabaseSettings role = PasswordRole.create(TestPostgres.get().freshDatabase());
        sandbox.useDatabase(role);
        sandbox.settingsLines(settings(source, PasswordRole.PASSWORD, "DEBUG"));
        sandbox.tableRevision("a1", null, "t1");
        List<Run> runs = new ArrayList<>();
        try (LogCapture logs = new LogCapture()) {
            Runner run = (code, args) -> runs.add(new Run(sandbox.run(withVerbose(verbose, args)), code, args));
            runEveryCommand(sandbox, run);
            runFailures(sandbox, run, source);

            for (Run r : runs) {
                assertThat(r.result().exitCode()).as("%s\n%s", String.join(" ", r.args()), r.result())
                        .isEqualTo(r.expected().code());
                assertThat(r.result().out() + r.result().err()).as(String.join(" ", r.args()))
                        .doesNotContain(PasswordRole.PASSWORD).doesNotContain(WRONG_PASSWORD);
            }
            assertThat(logs.size()).as("log events captured").isPositive();
            assertThat(logs.text()).doesNotContain(PasswordRole.PASSWORD).doesNotContain(WRONG_PASSWORD);
        }
        Map<String, String> files = Snapshots.files(dir);
        files.remove("config/app.yaml");
        files.forEach((file, base64) -> assertThat(decoded(base64)).as(file)
                .doesNotContain(PasswordRole.PASSWORD).doesNotContain(WRONG_PASSWORD));
        if (verbose) {
            assertThat(runs.stream().anyMatch(r -> r.result().err().contains("\tat "))).as("a stack trace was shown")
                    .isTrue();
        }
    }

    /** Every command, in an order where each one succeeds (or, for check, finds differences). */
    private static void runEveryCommand(TestProject sandbox, Runner run) {
        run.expect(ExitCode.OK, "init", sandbox.dir().resolve("other-scripts").toString());
        run.expect(ExitCode.OK, "revision", "-m", "second", "--rev-id", "b2");
        run.expect(ExitCode.OK, "upgrade", "head");
        run.expect(ExitCode.OK, "current");
        run.expect(ExitCode.OK, "current", "--format", "json");
        run.expect(ExitCode.OK, "heads");
        run.expect(ExitCode.OK, "branches");
        run.expect(ExitCode.OK, "history", "--indicate-current");
        run.expect(ExitCode.OK, "history", "--graph");
        run.expect(ExitCode.OK, "show", "a1");
        run.expect(ExitCode.OK, "db-info");
        run.expect(ExitCode.OK, "lock");
        run.expect(ExitCode.OK, "downgrade", "base");
        run.expect(ExitCode.OK, "stamp", "head");
        run.expect(ExitCode.OK, "stamp", "base");
        run.expect(ExitCode.OK, "upgrade", "--sql", "head");
        run.expect(ExitCode.OK, "downgrade", "--sql", "head:base");
        run.expect(ExitCode.OK, "stamp", "--sql", "head");
        run.expect(ExitCode.OK, "create-table");
        run.expect(ExitCode.OK, "sync-db");
        run.expect(ExitCode.OK, "check");
        run.expect(ExitCode.OK, "revision", "--autogenerate", "-m", "nothing new");
        run.expect(ExitCode.OK, "revision", "-m", "side", "--head", "a1", "--splice", "--rev-id", "s1");
        run.expect(ExitCode.OK, "merge", "-m", "join", "--rev-id", "m1", "heads");
    }

    /** A failing revision, a wrong password, and broken settings next to the password. */
    private static void runFailures(TestProject sandbox, Runner run, Source source) {
        sandbox.revision("c3", "m1", "- sql: INSERT INTO no_such_table VALUES (1)", "[]");
        run.expect(ExitCode.MIGRATION, "upgrade", "head");
        sandbox.environment().put("DB_PASSWORD", WRONG_PASSWORD);
        sandbox.settingsLines(settings(source, WRONG_PASSWORD, "DEBUG"));
        run.expect(ExitCode.DATABASE, "current");
        sandbox.settingsLines(settings(source, WRONG_PASSWORD, "LOUD"));
        run.expect(ExitCode.CONFIG, "current");
    }

    /** Settings that give {@code password} the {@code source} way (from the environment: whatever DB_PASSWORD holds). */
    private static String[] settings(Source source, String password, String level) {
        return new String[] {
            "database:",
            "  url: ${DB_URL}" + (source == Source.URL ? "?password=" + password : ""),
            "  user: ${DB_USER}",
            source == Source.SETTINGS ? "  password: " + password
                : source == Source.ENVIRONMENT ? "  password: ${DB_PASSWORD}"
                : source == Source.PROPERTIES ? "  properties: {password: " + password + "}" : "",
            "migrations:",
            "  package: com.example.shop",
            "  classpath: [" + Path.of("target/sample-classes").toAbsolutePath() + "]",
            "  location: migrations",
            "logging:",
            "  level: " + level};
    }

    private static String[] withVerbose(boolean verbose, String... args) {
        if (!verbose) {
            return args;
        }
        String[] all = new String[args.length + 1];
        all[0] = "--verbose";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static String decoded(String base64) {
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private record Run(CliRun result, ExitCode expected, String[] args) {
    }

    @FunctionalInterface
    private interface Runner {
        void expect(ExitCode code, String... args);
    }
}
