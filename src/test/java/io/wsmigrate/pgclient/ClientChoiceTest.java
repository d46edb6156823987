package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Which client program serves a server: the one on PATH, or one of the server's major installed beside it. */
@DisabledOnOs(OS.WINDOWS)
class ClientChoiceTest {
    private static final PgVersion SERVER_18 = PgVersion.ofServerNumber(180001);

    @TempDir
    Path dir;

    /** A stand-in program in {@code folder} that answers --version as PostgreSQL {@code version}. */
    private Path program(String folder, String name, String version) throws Exception {
        Path bin = Files.createDirectories(dir.resolve(folder));
        Path program = Files.writeString(bin.resolve(name), "#!/bin/sh\necho '" + name + " (PostgreSQL) " + version
                + "'\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }

    private List<String> versionedFolders() {
        return List.of(dir.resolve("pg/{major}/bin").toString());
    }

    @Test
    void anOlderProgramOnPathGivesWayToTheServersMajorInstalledBesideIt() throws Exception {
        program("path", "pg_dump", "15.13");
        program("pg/17/bin", "pg_dump", "17.6");
        Path matching = program("pg/18/bin", "pg_dump", "18.1");

        ClientChoice choice = ClientChoice.forServer(ClientProgram.PG_DUMP, Map.of("PATH", dir.resolve("path")
                .toString()), SERVER_18, versionedFolders());

        assertThat(choice.program()).isEqualTo(matching);
        assertThat(choice.version().text()).isEqualTo("18.1");
        assertThat(choice.olderThanServer()).isFalse();
    }

    @Test
    void withoutTheServersMajorALaterOneServes() throws Exception {
        program("path", "psql", "15.13");
        Path later = program("pg/19/bin", "psql", "19.0");

        ClientChoice choice = ClientChoice.forServer(ClientProgram.PSQL, Map.of("PATH", dir.resolve("path")
                .toString()), SERVER_18, versionedFolders());

        assertThat(choice.program()).isEqualTo(later);
    }

    @Test
    void aProgramNamedByItsVariableIsTheUsersWordEvenWhenOlder() throws Exception {
        Path named = program("path", "pg_dump", "15.13");
        program("pg/18/bin", "pg_dump", "18.1");
        Map<String, String> environment = new HashMap<>(Map.of("PATH", dir.resolve("path").toString()));
        environment.put("WS_MIGRATE_PG_DUMP", named.toString());

        ClientChoice choice = ClientChoice.forServer(ClientProgram.PG_DUMP, environment, SERVER_18,
                versionedFolders());

        assertThat(choice.program()).isEqualTo(named.toAbsolutePath());
        assertThat(choice.olderThanServer()).isTrue();
    }

    @Test
    void withNothingNewerInstalledTheOlderOneStaysAndSaysSo() throws Exception {
        Path onPath = program("path", "psql", "15.13");
        program("pg/14/bin", "psql", "14.19");

        ClientChoice choice = ClientChoice.forServer(ClientProgram.PSQL, Map.of("PATH", dir.resolve("path")
                .toString()), SERVER_18, versionedFolders());

        assertThat(choice.program()).isEqualTo(onPath);
        assertThat(choice.olderThanServer()).isTrue();
    }
}
