package io.wsmigrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.db.EmbeddedVersion;
import io.wsmigrate.config.MigrationsSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scratch database that scripts replay into runs the PostgreSQL major of the configured database. */
class ScratchDatabaseTest {
    @TempDir
    Path dir;

    private Project project(DatabaseSettings database) {
        Settings settings = new Settings(dir.resolve("config/development.yaml"), dir, database,
                new MigrationsSettings("com.example.shop", List.of(), null, null), null);
        return new Project(settings, Map.of(), Clock.systemUTC());
    }

    @Test
    void anEmbeddedTargetOfAnotherMajorReplaysIntoThatMajor() throws Exception {
        assumeTrue(EmbeddedVersion.isAvailable(18),
                () -> "no PostgreSQL 18 binaries here; " + EmbeddedVersion.fetchHint(18));
        try (Project project = project(DatabaseSettings.of("embedded:18", null, null))) {
            int major = ScratchDatabase.majorFor(project, Optional.empty());
            assertThat(major).isEqualTo(18);
            try (ScratchDatabase scratch = ScratchDatabase.start(major); Statement s = scratch.connection()
                    .createStatement()) {
                // virtual generated columns exist from PostgreSQL 18 on: a script using them replays here
                s.execute("CREATE TABLE line (qty int, price int,"
                        + " total int GENERATED ALWAYS AS (qty * price) VIRTUAL)");
                try (ResultSet rs = s.executeQuery("SHOW server_version_num")) {
                    rs.next();
                    assertThat(rs.getInt(1) / 10000).isEqualTo(18);
                }
            }
        }
        assertThat(dir.resolve(".ws-migrate")).as("the target itself is not started").doesNotExist();
    }

    @Test
    void anEmbeddedTargetWithoutAMajorReplaysIntoItsFoldersMajor() throws Exception {
        Files.createDirectories(dir.resolve(".ws-migrate/pgdata"));
        Files.writeString(dir.resolve(".ws-migrate/pgdata/PG_VERSION"), "17\n");
        try (Project project = project(DatabaseSettings.of("embedded", null, null))) {
            assertThat(ScratchDatabase.majorFor(project, Optional.empty())).isEqualTo(17);
        }
    }

    @Test
    void aServerTargetReplaysIntoTheServersMajorWhenConnectedElseTheConfiguredOne() throws Exception {
        DatabaseSettings server = TestPostgres.get().freshDatabase();
        try (Project project = project(server.withEmbeddedVersion(16));
             Connection live = TestPostgres.connect(server)) {
            assertThat(ScratchDatabase.majorFor(project, Optional.of(live)))
                    .isEqualTo(live.getMetaData().getDatabaseMajorVersion());
            assertThat(ScratchDatabase.majorFor(project, Optional.empty())).isEqualTo(16);
        }
        try (Project project = project(server)) {
            assertThat(ScratchDatabase.majorFor(project, Optional.empty())).isEqualTo(15);
        }
    }
}
