package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wsmigrate.config.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The password reaches the client programs, and nothing else: not argv, not the environment, not output. */
class PasswordSecrecyTest {
    private static final String SECRET = PasswordServer.PASSWORD;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out.txt");
    }

    private Path err() {
        return dir.resolve("err.txt");
    }

    private ToolRun psql(DatabaseSettings db, Map<String, String> environment, String... arguments) {
        return Psql.locate(environment).run(db, List.of(arguments), ChildStreams.toFiles(out(), err()));
    }

    private void assertNoSecretIn(ToolRun run) {
        assertThat(run.commandLine()).allSatisfy(argument -> assertThat(argument).doesNotContain(SECRET));
        assertThat(run.connectionEnvironment()).doesNotContainKey("PGPASSWORD")
                .allSatisfy((name, value) -> assertThat(value).doesNotContain(SECRET));
        assertThat(Tools.read(out())).doesNotContain(SECRET);
        assertThat(Tools.read(err())).doesNotContain(SECRET);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void passwordReachesPsqlThroughAPrivatePasswordFileOnly() {
        // psql's shell escape shows what the operating system knows about the psql process itself.
        ToolRun run = psql(PasswordServer.get().freshDatabase(), Tools.environment(), "-X", "-c",
                "\\! tr '\\0' '\\n' < /proc/$PPID/cmdline; echo ---; tr '\\0' '\\n' < /proc/$PPID/environ;"
                        + " echo ---; stat -c %a \"$PGPASSFILE\"");

        assertThat(run.exitCode()).as(Tools.read(err())).isZero();
        String[] sections = Tools.read(out()).split("---\n");
        assertThat(sections).hasSize(3);
        assertThat(sections[0]).endsWith("psql\n-X\n-c\n" + run.arguments().get(2) + "\n");
        assertThat(sections[1]).contains("PGUSER=" + PasswordServer.ROLE + "\n")
                .contains("PGPASSFILE=" + run.connectionEnvironment().get("PGPASSFILE") + "\n")
                .doesNotContain("PGPASSWORD");
        assertThat(sections[2]).isEqualTo("600\n");
        assertNoSecretIn(run);
        assertThat(Path.of(run.connectionEnvironment().get("PGPASSFILE"))).doesNotExist();
    }

    @Test
    void wrongPasswordIsRejectedSoTheServerReallyChecksIt() {
        DatabaseSettings right = PasswordServer.get().freshDatabase();
        DatabaseSettings wrong = DatabaseSettings.of(right.url(), right.user(), "not-" + SECRET);

        ToolRun run = psql(wrong, Tools.environment(), "-X", "-w", "-c", "select 1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Tools.read(err())).contains("password authentication failed for user \"shop_owner\"");
        assertNoSecretIn(run);
    }

    @Test
    void passwordFileIsGoneAfterAFailedRun() {
        ToolRun run = psql(PasswordServer.get().freshDatabase(), Tools.environment(), "-X", "-c", "select nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Path.of(run.connectionEnvironment().get("PGPASSFILE"))).doesNotExist();
        assertNoSecretIn(run);
    }

    @Test
    void callersPgPasswordDoesNotOverrideTheConfiguredOne() {
        Map<String, String> environment = new HashMap<>(Tools.environment());
        environment.put("PGPASSWORD", "stale-password");

        ToolRun run = psql(PasswordServer.get().freshDatabase(), environment, "-X", "-w", "-A", "-t", "-c",
                "select current_user");

        assertThat(run.exitCode()).as(Tools.read(err())).isZero();
        assertThat(Tools.read(out())).isEqualTo(PasswordServer.ROLE + "\n");
    }

    @Test
    void pgDumpAuthenticatesWithThePasswordFile() {
        Path dump = dir.resolve("dump.sql");

        ToolRun run = PgDump.locate(Tools.environment()).dumpToFile(PasswordServer.get().freshDatabase(), dump,
                List.of("-w"), ChildStreams.toFiles(out(), err()));

        assertThat(Tools.read(dump)).contains("PostgreSQL database dump complete");
        assertNoSecretIn(run);
        assertThat(Tools.read(dump)).doesNotContain(SECRET);
        assertThat(Path.of(run.connectionEnvironment().get("PGPASSFILE"))).doesNotExist();
    }

    @Test
    void passwordFileIsGoneAfterAFailedDump() {
        ChildStreams streams = ChildStreams.toFiles(out(), err());
        PgDump pgDump = PgDump.locate(Tools.environment());
        DatabaseSettings db = PasswordServer.get().freshDatabase();

        ToolFailedException failure = catchThrowableOfType(ToolFailedException.class,
                () -> pgDump.dumpToFile(db, dir.resolve("dump.sql"), List.of("--table=missing"), streams));

        assertThat(failure).hasMessageNotContaining(SECRET);
        assertThat(Tools.read(err())).contains("no matching tables").doesNotContain(SECRET);
        assertNoSecretIn(failure.run());
        assertThat(Path.of(failure.run().connectionEnvironment().get("PGPASSFILE"))).doesNotExist();
    }
}
