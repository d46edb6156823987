package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole tables appearing and disappearing. */
class TableKindsTest {
    @TempDir
    Path folder;

    @Test
    void aNewEntityCreatesItsTableThenItsForeignKey() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "tableadded", """
                create table author (id bigint primary key, name varchar(100) not null);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create table book",
                    "add foreign key book_author_fk book(author_id) -> author");
            assertThat(AutogenFixture.header(result)).doesNotContain("REVIEW (destructive or data-dependent):");
            fixture.roundTrips();
        }
    }

    @Test
    void aDeletedEntityDropsItsTableAfterTheForeignKeysAroundIt() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "tableremoved", """
                create table author (id bigint primary key, name varchar(100) not null);
                create table book (id bigint primary key, title varchar(200) not null,
                                   author_id bigint not null references author);
                create table book_note (id bigint primary key, body text, book_id bigint references book);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop foreign key book_author_id_fkey on book",
                    "drop foreign key book_note_book_id_fkey on book_note",
                    "drop table book",
                    "drop table book_note");
            assertThat(AutogenFixture.header(result)).containsSequence(
                    "REVIEW (destructive or data-dependent):",
                    "  - drop table book: drops table book and all its rows",
                    "  - drop table book_note: drops table book_note and all its rows");
            fixture.roundTrips();
        }
    }
}
