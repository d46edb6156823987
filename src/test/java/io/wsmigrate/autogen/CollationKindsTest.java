package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column collations from {@code @Collate} and from a column definition's {@code collate}: set,
 * changed, carried through a type change and by new tables and columns, as Hibernate's DDL sets
 * them; a collation the entities do not give is left as the database has it.
 */
class CollationKindsTest {
    private static final String TABLE = """
            create table item (id bigint primary key, code varchar(20), sortkey varchar(20) collate "C",
                               name varchar(10) collate "POSIX", note varchar(30));
            """;

    @TempDir
    Path folder;

    @Test
    void collationsAreSetAsHibernateSetsThemAndTheDowngradeRestoresThem() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "collations", TABLE)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create table tag",
                    "add column item.extra",
                    "alter collation of item.code: default -> C",
                    "alter collation of item.name: POSIX -> default",
                    "alter type of item.name: character varying(10) -> character varying(40)",
                    "alter collation of item.name: default -> C",
                    "alter collation of item.sortkey: C -> POSIX");
            assertThat(Files.readString(result.file())).contains(
                    "ALTER TABLE item ALTER COLUMN code TYPE character varying(20) COLLATE \"C\"",
                    "ALTER TABLE tag ALTER COLUMN label TYPE character varying(255) COLLATE \"C\"");
            fixture.upgradeMatchesHibernate("collations");
            fixture.downgradeRestoresBefore();
        }
    }

    @Test
    void aCollationTheEntitiesDoNotGiveIsKept() {
        try (AutogenFixture fixture = AutogenFixture.createFromEntities(folder, "collations")) {
            fixture.execute("alter table item alter column note type varchar(30) collate \"POSIX\"");

            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query("select collation_name from information_schema.columns"
                    + " where table_name = 'item' and column_name = 'note'")).containsExactly("POSIX");
        }
    }
}
