package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is prepared on the second core while picocli parses, and when the command may use it. */
class PrefetchTest {
    @TempDir
    Path dir;

    @Test
    void otherSpellingsOfTheConfigOptionPrepareNothing() {
        TestProject test = TestProject.create(dir);
        String file = test.settingsFile().toString();

        for (String[] args : List.of(new String[] {"-c" + file, "current"}, new String[] {"-c=" + file, "current"},
                new String[] {"-vc", file, "current"}, new String[] {"--config:" + file, "current"})) {
            try (Prefetch prefetch = Prefetch.start(args, Map.of())) {
                assertThat(prefetch.take(test.settingsFile())).as(String.join(" ", args)).isEmpty();
            }
        }
    }

    @Test
    void preparedConnectionIsClosedWhenTheLoggingSettingsFail() {
        TestProject test = TestProject.create(dir);
        test.writeSettings("migrations:\n  package: com.example.shop\n  location: migrations\n"
                + "logging:\n  config: nowhere.xml\n");

        TestProject.CliRun run = test.cli("current");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("logging.config names");
        assertThat(test.toolSessionsAfterClosing()).isEmpty();
    }

    @Test
    void projectPreparedForTheParsedSettingsFileIsTakenWithItsRevisionsRead() {
        TestProject test = TestProject.create(dir);
        test.sqlRevision("a1", null, "first", "CREATE TABLE t (id int)", "DROP TABLE t");

        try (Prefetch prefetch = Prefetch.start(args("heads", test), Map.of())) {
            Optional<Project> taken = prefetch.take(test.settingsFile());

            assertThat(taken).isPresent();
            try (Project project = taken.get()) {
                assertThat(project.settings().file()).isEqualTo(test.settingsFile());
                assertThat(new RevisionCommands(project).graph().heads()).containsExactly("a1");
            }
        }
    }

    @Test
    void projectPreparedForAnotherSettingsFileIsNotTaken() {
        TestProject test = TestProject.create(dir);

        try (Prefetch prefetch = Prefetch.start(args("heads", test), Map.of())) {
            assertThat(prefetch.take(dir.resolve("other.yaml"))).isEmpty();
        }
    }

    @Test
    void projectPreparedForAnotherProfileIsNotTaken() {
        TestProject test = TestProject.create(dir);
        String[] withProfile = {"-c", test.settingsFile().toString(), "--profile", "prod", "heads"};
        assertThat(ArgvPeek.of(withProfile).map(ArgvPeek::profile)).contains("prod");

        try (Prefetch prefetch = Prefetch.start(withProfile, Map.of())) {
            assertThat(prefetch.take(test.settingsFile())).isEmpty();
        }
        try (Prefetch prefetch = Prefetch.start(withProfile, Map.of())) {
            Optional<Project> taken = prefetch.take(test.settingsFile(), "prod");
            assertThat(taken).isPresent();
            taken.get().close();
        }
    }

    @Test
    void nothingIsPreparedForHelpOrCommandsThatReadNoRevisions() {
        TestProject test = TestProject.create(dir);

        for (String[] args : List.of(args("db-info", test), new String[] {"-c", test.settingsFile().toString(),
                "current", "--help"}, new String[] {"--version"})) {
            try (Prefetch prefetch = Prefetch.start(args, Map.of())) {
                assertThat(prefetch.take(test.settingsFile())).as(String.join(" ", args)).isEmpty();
            }
        }
    }

    @Test
    void settingsThatFailToLoadAreLeftForTheCommandToReport() {
        Path missing = dir.resolve("missing.yaml");

        try (Prefetch prefetch = Prefetch.start(new String[] {"-c", missing.toString(), "heads"}, Map.of())) {
            assertThat(prefetch.take(missing)).isEmpty();
        }
    }

    @Test
    void connectionPreparedForACommandThatNeverRanIsClosed() {
        TestProject test = TestProject.create(dir);

        Prefetch.start(args("current", test), Map.of()).close();

        assertThat(test.toolSessionsAfterClosing()).isEmpty();
    }

    @Test
    void comparisonsWithTheConfiguredDatabaseConnectAhead() {
        assertThat(Prefetch.connects("revision", List.of("revision", "--autogenerate", "-m", "x"))).isTrue();
        assertThat(Prefetch.connects("check", List.of("check"))).isTrue();
        assertThat(Prefetch.connects("check", List.of("check", "--drift"))).isTrue();
        assertThat(Prefetch.connects("revision", List.of("revision", "-m", "x"))).as("no comparison").isFalse();
        assertThat(Prefetch.connects("revision", List.of("revision", "--autogenerate", "--against", "scripts")))
                .as("a scratch database").isFalse();
        assertThat(Prefetch.connects("check", List.of("check", "--against=scripts"))).isFalse();
        assertThat(Prefetch.connects("check", List.of("check", "--target", "t1"))).as("a target").isFalse();
        assertThat(Prefetch.connects("heads", List.of("heads"))).isFalse();
        assertThat(Prefetch.connects("upgrade", List.of("upgrade", "head", "--sql"))).isFalse();
    }

    @Test
    void autogenerateTakesTheProjectPreparedWithItsConnection() {
        TestProject test = TestProject.create(dir);

        try (Prefetch prefetch = Prefetch.start(new String[] {"-c", test.settingsFile().toString(), "revision",
                "--autogenerate", "-m", "x"}, Map.of())) {
            Optional<Project> taken = prefetch.take(test.settingsFile());
            assertThat(taken).isPresent();
            taken.get().close();
        }
        assertThat(test.toolSessionsAfterClosing()).isEmpty();
    }

    private static String[] args(String command, TestProject test) {
        return new String[] {"-c", test.settingsFile().toString(), command};
    }
}
