package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code @Index(options)} adds after the key list (a predicate, INCLUDE columns) and sort
 * orders: created as Hibernate creates them and compared; what the entities cannot say (NULLS NOT
 * DISTINCT, a collation they do not give) is left as the database has it.
 */
@Tag(TestPostgres.COMPAT_TAG)
class IndexOptionKindsTest {
    private static final String TABLE = """
            create table item (id bigint primary key, code varchar(20), kind varchar(20),
                               label varchar(30), active boolean not null);
            """;

    @TempDir
    Path folder;

    @Test
    void partialAndCoveringIndexesWithSortOrdersAreCreatedAsHibernateCreatesThem() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder.resolve("upgraded"), "indexoptions", TABLE);
             AutogenFixture oracle = AutogenFixture.createFromEntities(folder.resolve("oracle"), "indexoptions")) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create index item_active_code_idx on item",
                    "create index item_code_kind_idx on item",
                    "add unique constraint on item(label, kind)");
            assertThat(Files.readString(result.file())).contains(
                    "CREATE INDEX item_active_code_idx ON item (code) WHERE active",
                    "CREATE INDEX item_code_kind_idx ON item (code DESC, kind) INCLUDE (label)");
            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.schemaText()).isEqualTo(oracle.schemaText());
            fixture.downgradeRestoresBefore();
        }
    }

    @Test
    void anIndexLackingItsIncludeIsRebuiltWhileNullsNotDistinctAndACollationTheEntityCannotSayAreKept() {
        // NULLS NOT DISTINCT exists from PostgreSQL 15; before, the index is an ordinary unique one
        String nullsNotDistinct = TestPostgres.get().major() >= 15 ? " nulls not distinct" : "";
        try (AutogenFixture fixture = AutogenFixture.create(folder, "indexoptions", TABLE + """
                alter table item alter column label type varchar(30) collate "C";
                create index item_active_code_idx on item (code) where active;
                create index item_code_kind_idx on item (code desc, kind);
                create unique index item_label_kind_key on item (label, kind)%s;
                """.formatted(nullsNotDistinct))) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop index item_code_kind_idx on item",
                    "create index item_code_kind_idx on item");
            fixture.roundTrips();
            assertThat(fixture.query("select collation_name from information_schema.columns"
                    + " where table_name = 'item' and column_name = 'label'")).containsExactly("C");
        }
    }
}
