package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logging section in a real process, where Logback starts only when something first logs,
 * after the settings were read: their levels must be the ones it starts with.
 */
class LoggingProcessTest {
    @TempDir
    Path dir;

    @Test
    void levelsFromTheSettingsApplyWhenLogbackStartsAfterThem() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(TestPostgres.get().freshDatabase())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();
        Path settings = dir.resolve("config/development.yaml");
        Files.writeString(settings, Files.readString(settings) + "logging:\n  loggers:\n    io.wsmigrate.pgclient: DEBUG\n");

        CliRun result = project.fork(null, "dump-db", "-f", "out.sql");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("DEBUG").contains("ToolLauncher - running [");
        assertThat(result.out()).doesNotContain("DEBUG");
    }

    @Test
    void hibernateAndTheEmbeddedServerLoggingFromTwoThreadsGetNoWarningFromSlf4j() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(TestPostgres.get().freshDatabase())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/README"), "scripts\n");
        Path settings = Files.writeString(dir.resolve("config/embedded.yaml"), "database:\n  url: embedded\n"
                + "migrations:\n  package: com.example.shop\n  location: migrations\n  classpath: ["
                + Path.of("target/sample-classes").toAbsolutePath() + "]\n");

        // autogenerate reads the catalog (starting the embedded server) while Hibernate boots
        CliRun result = project.fork(null, "-c", settings.toString(), "check");

        assertThat(result.err()).as(result.toString()).doesNotContain("SLF4J");
        assertThat(result.out()).as(result.toString()).contains("create table customer");
    }

    @Test
    void withoutLoggingSettingsDebugLinesStayOut() throws Exception {
        TestProject project = TestProject.in(dir)
                .on(TestPostgres.get().freshDatabase())
                .settingsFile("config/development.yaml").userShell().withoutScriptsFolder().create();

        CliRun result = project.fork(null, "dump-db", "-f", "out.sql");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).doesNotContain("DEBUG");
    }
}
