package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import org.junit.jupiter.api.Test;

class PgVersionTest {
    private static PgVersion client(String output) {
        return PgVersion.ofClient(output).orElseThrow();
    }

    @Test
    void clientVersionIsReadFromVersionOutput() {
        assertThat(client("pg_dump (PostgreSQL) 15.13 (Debian 15.13-0+deb12u1)\n"))
                .isEqualTo(new PgVersion(15, 13, "15.13"));
        assertThat(client("psql (PostgreSQL) 9.6.24")).isEqualTo(new PgVersion(9, 6, "9.6.24"));
        assertThat(client("pg_dump (PostgreSQL) 18beta1")).isEqualTo(new PgVersion(18, 0, "18beta1"));
        assertThat(PgVersion.ofClient("mysqldump  Ver 10.19")).isEmpty();
    }

    @Test
    void serverVersionNumberIsReadAsPostgresWritesIt() {
        assertThat(PgVersion.ofServerNumber(150013)).isEqualTo(new PgVersion(15, 13, "15.13"));
        assertThat(PgVersion.ofServerNumber(90624)).isEqualTo(new PgVersion(9, 6, "9.6.24"));
        assertThat(PgVersion.ofServerNumber(160000).majorName()).isEqualTo("16");
        assertThat(PgVersion.ofServerNumber(90624).majorName()).isEqualTo("9.6");
    }

    @Test
    void majorVersionsCompareByTheirReleaseLine() {
        assertThat(PgVersion.ofServerNumber(160001).isNewerMajorThan(client("(PostgreSQL) 15.18"))).isTrue();
        assertThat(PgVersion.ofServerNumber(150099).isNewerMajorThan(client("(PostgreSQL) 15.2"))).isFalse();
        assertThat(PgVersion.ofServerNumber(90624).isNewerMajorThan(client("(PostgreSQL) 9.5.25"))).isTrue();
        assertThat(PgVersion.ofServerNumber(100001).isNewerMajorThan(client("(PostgreSQL) 9.6.24"))).isTrue();
        assertThat(PgVersion.ofServerNumber(90624).isNewerMajorThan(client("(PostgreSQL) 15.1"))).isFalse();
    }

    @Test
    void pgDumpOlderThanTheServerIsRefusedNamingBothVersionsAndWhatToInstall() {
        assertThatThrownBy(() -> PgDump.checkCanDump(client("pg_dump (PostgreSQL) 15.18"),
                PgVersion.ofServerNumber(170002)))
                .isInstanceOf(ToolException.class)
                .hasMessage("pg_dump 15.18 cannot dump this server, which runs PostgreSQL 17.2: pg_dump must be of "
                        + "the server's major version or newer; install pg_dump 17 (Debian/Ubuntu with the PGDG "
                        + "repository: `apt-get install postgresql-client-17`, Fedora/RHEL: `dnf install postgresql17`, "
                        + "macOS: `brew install postgresql@17`) or set WS_MIGRATE_PG_DUMP to its path")
                .satisfies(e -> assertThat(((ToolException) e).exitCode()).isEqualTo(ExitCode.TOOL));
    }

    @Test
    void pgDumpOfTheSameOrANewerMajorVersionMayDump() {
        assertThatCode(() -> PgDump.checkCanDump(client("(PostgreSQL) 15.2"), PgVersion.ofServerNumber(150013)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PgDump.checkCanDump(client("(PostgreSQL) 17.0"), PgVersion.ofServerNumber(90624)))
                .doesNotThrowAnyException();
    }
}
