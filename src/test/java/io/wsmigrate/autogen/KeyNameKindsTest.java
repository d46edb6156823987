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

/** Names of indexes and constraints: the model's choice is a rename, PostgreSQL's or Hibernate's is none. */
@Tag(TestPostgres.COMPAT_TAG)
class KeyNameKindsTest {
    private static final String BEFORE = """
            create table author (id bigint primary key, name varchar(100));
            create table book (id bigint primary key, title varchar(200), isbn varchar(20), edition integer,
                               code varchar(20), pages integer, author_id bigint references author,
                               editor_id bigint references author,
                               unique (isbn, edition), unique (code, edition), check (pages > 0));
            create index "book_By_Title" on book (title);
            create index book_pages_idx on book (pages);
            """;

    @TempDir
    Path folder;

    @Test
    void namesTheModelChoosesAreRenamesQuotedAsTheyMustBe() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder.resolve("upgraded"), "keynames", BEFORE);
             AutogenFixture oracle = AutogenFixture.createFromEntities(folder.resolve("oracle"), "keynames")) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactlyInAnyOrder(
                    "rename index book_By_Title to book_by_title on book",
                    "rename constraint book_code_edition_key to Book_Code_Key on book",
                    "rename constraint book_isbn_edition_key to book_isbn_edition_uk on book",
                    "rename constraint book_pages_check to book_pages_positive on book",
                    "rename constraint book_author_id_fkey to book_author_fk on book");
            assertThat(Files.readString(result.file())).contains(
                    "ALTER INDEX \"book_By_Title\" RENAME TO book_by_title",
                    "ALTER TABLE book RENAME CONSTRAINT book_code_edition_key TO \"Book_Code_Key\"");
            fixture.upgradeLeavesNoDifferences();
            assertThat(withoutChosenNames(fixture.schemaText())).isEqualTo(withoutChosenNames(oracle.schemaText()));
            fixture.downgradeRestoresBefore();
        }
    }

    @Test
    void namesPostgresqlOrHibernateChoseAreNoDifference() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "keynames", BEFORE
                .replace("create index \"book_By_Title\"", "create index book_by_title")
                .replace("unique (isbn, edition), unique (code, edition), check (pages > 0)",
                        "constraint book_isbn_edition_uk unique (isbn, edition),"
                                + " constraint \"Book_Code_Key\" unique (code, edition),"
                                + " constraint book_pages_positive check (pages > 0)")
                .replace("author_id bigint references author", "author_id bigint constraint book_author_fk references author"))) {
            assertThat(fixture.autogenerate().files()).isEmpty();
        }
    }

    /**
     * The names neither side's model chose: Hibernate hashes the unnamed foreign key and index of
     * its DDL, the upgraded database keeps PostgreSQL's names for them.
     */
    private static String withoutChosenNames(String schemaText) {
        return schemaText.replaceAll("\\b(fk|idx)[0-9a-y]{20,25}\\b", "<hibernate>")
                .replace("book_editor_id_fkey", "<hibernate>").replace("book_pages_idx", "<hibernate>");
    }
}
