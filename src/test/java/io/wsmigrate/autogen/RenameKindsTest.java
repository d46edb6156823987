package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renamed table or column: a drop and an add with candidates in the header, or a rename when hinted. */
class RenameKindsTest {
    private static final String BEFORE = """
            create table client (id bigint primary key, name varchar(100) not null);
            create table contact (id bigint primary key, full_name varchar(100) not null);
            insert into client values (1, 'Ada');
            insert into contact values (7, 'Grace Hopper');
            """;

    @TempDir
    Path folder;

    @Test
    void withoutHintsARenameIsADropAndAnAddAndTheHeaderNamesTheCandidates() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "renames", BEFORE)) {
            fixture.execute("delete from client; delete from contact");
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create table customer",
                    "add column contact.display_name",
                    "drop column contact.full_name",
                    "drop table client");
            assertThat(AutogenFixture.header(result)).containsSequence(
                    "Possible renames, written as drop + add (data is lost unless you rerun with --rename):",
                    "  - table client may have been renamed to customer   (--rename client=customer)",
                    "  - column contact.full_name may have been renamed to display_name"
                            + "   (--rename contact.full_name=display_name)");
            fixture.roundTrips();
        }
    }

    @Test
    void renameHintsRenameTheTableAndTheColumnAndKeepTheirRows() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "renames", BEFORE)) {
            Result result = fixture.autogenerate(AutogenFixture.renaming(
                    Map.of("client", "customer", "contact.full_name", "display_name")));

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "rename table client to customer",
                    "rename column contact.full_name to display_name");
            assertThat(AutogenFixture.header(result)).noneMatch(line -> line.startsWith("Possible renames"));

            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query("select id, name from customer")).containsExactly("1|Ada");
            assertThat(fixture.query("select id, display_name from contact")).containsExactly("7|Grace Hopper");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.query("select id, name from client")).containsExactly("1|Ada");
            assertThat(fixture.query("select id, full_name from contact")).containsExactly("7|Grace Hopper");
        }
    }
}
