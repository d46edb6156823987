package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ProgramLocatorTest {
    @TempDir
    Path dir;

    @Test
    void psqlIsFoundOnThePathOfTheGivenEnvironment() {
        Path psql = ProgramLocator.locate(ClientProgram.PSQL, Tools.environment());

        assertThat(psql).isAbsolute().isExecutable();
        assertThat(psql.getFileName().toString()).isEqualTo("psql");
    }

    @Test
    void psqlMissingFromPathIsAToolErrorSayingHowToInstallIt() {
        assertThatThrownBy(() -> Psql.locate(Map.of("PATH", dir.toString())))
                .isInstanceOf(ToolException.class)
                .hasMessage("psql was not found on PATH; install PostgreSQL's client programs (Debian/Ubuntu: "
                        + "`apt-get install postgresql-client`, Fedora: `dnf install postgresql`, macOS: "
                        + "`brew install libpq`), or set WS_MIGRATE_PSQL to the path of psql")
                .satisfies(e -> assertThat(((ToolException) e).exitCode()).isEqualTo(ExitCode.TOOL));
    }

    @Test
    void pgDumpMissingFromAnEnvironmentWithoutPathNamesItsOwnVariable() {
        assertThatThrownBy(() -> PgDump.locate(Map.of()))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("pg_dump was not found on PATH; install PostgreSQL's client programs")
                .hasMessageEndingWith("or set WS_MIGRATE_PG_DUMP to the path of pg_dump");
    }

    @Test
    void variablePointingNowhereIsAToolError() {
        Path missing = dir.resolve("bin/psql");

        assertThatThrownBy(() -> Psql.locate(Map.of("WS_MIGRATE_PSQL", missing.toString(),
                "PATH", System.getenv("PATH"))))
                .isInstanceOf(ToolException.class)
                .hasMessage("WS_MIGRATE_PSQL is " + missing + ", which is not an executable file; point it at psql, "
                        + "or unset it to use psql from PATH");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void variableNamingAFileThatIsNotExecutableIsAToolError() throws Exception {
        Path notExecutable = Files.writeString(dir.resolve("pg_dump"), "#!/bin/sh\n");

        assertThatThrownBy(() -> PgDump.locate(Map.of("WS_MIGRATE_PG_DUMP", notExecutable.toString())))
                .hasMessageStartingWith("WS_MIGRATE_PG_DUMP is " + notExecutable + ", which is not an executable file");
    }

    @Test
    void variableWinsOverPath() {
        Path real = ProgramLocator.locate(ClientProgram.PG_DUMP, Tools.environment());

        PgDump pgDump = PgDump.locate(Map.of("WS_MIGRATE_PG_DUMP", real.toString(), "PATH", dir.toString()));

        assertThat(pgDump.program()).isEqualTo(real);
    }

    @Test
    void relativeAndEmptyPathEntriesAreNotSearched() throws Exception {
        Path real = ProgramLocator.locate(ClientProgram.PSQL, Tools.environment());
        Path relative = Path.of("").toAbsolutePath().relativize(real.getParent());

        assertThatThrownBy(() -> Psql.locate(Map.of("PATH", ":" + relative + ":")))
                .hasMessageStartingWith("psql was not found on PATH");
    }
}
