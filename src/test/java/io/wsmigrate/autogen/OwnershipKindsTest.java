package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A downgrade drops only what its upgrade created. */
class OwnershipKindsTest {
    private static final String ARCHIVE_EXISTS = "select count(*) from pg_namespace where nspname = 'archive'";

    @TempDir
    Path folder;

    @Test
    void aSchemaThatExistedEmptyBeforeTheUpgradeSurvivesTheDowngrade() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "schemakept", """
                create schema archive;
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly("create table archive.entry");
            assertThat(Files.readString(result.file())).doesNotContain("CREATE SCHEMA", "DROP SCHEMA");
            fixture.roundTrips();
            assertThat(fixture.query(ARCHIVE_EXISTS)).containsExactly("1");
        }
    }

    @Test
    void aSchemaTheUpgradeCreatedIsDroppedByTheDowngrade() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "schemakept", """
                select 1;
                """)) {
            fixture.autogenerate();

            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query(ARCHIVE_EXISTS)).containsExactly("1");
            fixture.downgradeRestoresBefore();
            assertThat(fixture.query(ARCHIVE_EXISTS)).containsExactly("0");
        }
    }
}
