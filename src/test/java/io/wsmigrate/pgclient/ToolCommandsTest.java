package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.ToolCommands;
import io.wsmigrate.command.ToolCommands.DumpResult;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ToolCommandsTest {
    @TempDir
    Path project;

    private Project open(DatabaseSettings database, Map<String, String> environment) {
        Settings settings = new Settings(project.resolve("config/development.yaml"), project, database,
                new MigrationsSettings("com.example.shop", List.of(), null, null), null);
        return new Project(settings, environment, Clock.systemUTC());
    }

    private ChildStreams streams() {
        return ChildStreams.toFiles(project.resolve("out.txt"), project.resolve("err.txt"));
    }

    @Test
    void embeddedDatabaseRunsForTheLengthOfTheCommandAndCanBeDumped() throws Exception {
        Path dump = project.resolve("dump.sql");
        try (Project p = open(DatabaseSettings.of("embedded", null, null), Tools.environment())) {
            ToolCommands commands = new ToolCommands(p);
            ToolRun shell = commands.dbShell(List.of("-X", "-q", "-A", "-t", "-c",
                    "CREATE TABLE product (sku text PRIMARY KEY); SELECT 1"), streams());
            assertThat(shell.exitCode()).as(Tools.read(project.resolve("err.txt"))).isZero();
            assertThat(Tools.read(project.resolve("out.txt"))).isEqualTo("1\n");
            assertThat(shell.connectionEnvironment()).containsEntry("PGUSER", "postgres")
                    .containsEntry("PGDATABASE", "postgres").doesNotContainKey("PGPASSFILE");

            DumpResult result = commands.dumpDb(Optional.of(dump), List.of(), streams());

            assertThat(result.file()).contains(dump);
            assertThat(result.serverVersion().major()).isEqualTo(15);
            assertThat(Tools.read(dump)).contains("CREATE TABLE public.product");
        }
        assertThat(project.resolve(".ws-migrate/pgdata/postmaster.pid")).doesNotExist();
        assertThat(project.resolve(".ws-migrate/.gitignore")).as("ignored in any project").content().contains("\n*\n");
    }

    @Test
    void missingPsqlFailsBeforeAnEmbeddedServerStarts() {
        try (Project p = open(DatabaseSettings.of("embedded", null, null), Map.of("PATH", project.toString()))) {
            assertThatThrownBy(() -> new ToolCommands(p).dbShell(List.of(), streams()))
                    .isInstanceOf(ToolException.class)
                    .hasMessageStartingWith("psql was not found on PATH");
        }
        assertThat(project.resolve(".ws-migrate")).doesNotExist();
    }

    @Test
    void pgDumpFileArgumentIsRefusedBeforeAnEmbeddedServerStarts() {
        try (Project p = open(DatabaseSettings.of("embedded", null, null), Tools.environment())) {
            assertThatThrownBy(() -> new ToolCommands(p).dumpDb(Optional.empty(), List.of("-f", "x.sql"), streams()))
                    .hasMessageStartingWith("give the dump file to `dump-db -f FILE`");
        }
        assertThat(project.resolve(".ws-migrate")).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void pgDumpOlderThanTheServerStopsBeforeDumping() throws Exception {
        // Stands in for an old pg_dump: it only answers --version, and leaves a mark if asked to dump.
        Path oldPgDump = Files.writeString(project.resolve("pg_dump"), "#!/bin/sh\n"
                + "if [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 9.6.24'; exit 0; fi\n"
                + "touch \"$(dirname \"$0\")/dumped\"; exit 1\n");
        Files.setPosixFilePermissions(oldPgDump, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> environment = new HashMap<>(Tools.environment());
        environment.put("WS_MIGRATE_PG_DUMP", oldPgDump.toString());
        Path dump = project.resolve("dump.sql");

        try (Project p = open(TestPostgres.get().freshDatabase(), environment)) {
            assertThatThrownBy(() -> new ToolCommands(p).dumpDb(Optional.of(dump), List.of(), streams()))
                    .isInstanceOf(ToolException.class)
                    .hasMessageStartingWith("pg_dump 9.6.24 cannot dump this server, which runs PostgreSQL 15.")
                    .hasMessageContaining("install pg_dump 15 (Debian/Ubuntu with the PGDG repository: "
                            + "`apt-get install postgresql-client-15`, Fedora/RHEL: `dnf install postgresql15`, macOS:"
                            + " `brew install postgresql@15`) or set WS_MIGRATE_PG_DUMP to its path");
        }
        assertThat(project.resolve("dumped")).doesNotExist();
        assertThat(dump).doesNotExist();
    }
}
