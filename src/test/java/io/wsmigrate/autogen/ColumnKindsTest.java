package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns of an existing table: added, removed, retyped, made (not) nullable, given defaults. */
class ColumnKindsTest {
    @TempDir
    Path folder;

    @Test
    void addedColumnsFollowTheEntityAndARemovedColumnIsDroppedForReview() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "columns", """
                create table item (id bigint primary key, name varchar(100) not null,
                                   legacy_code varchar(30), price numeric(10,2));
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "add column item.quantity",
                    "add column item.description",
                    "drop column item.legacy_code");
            assertThat(AutogenFixture.header(result)).containsSequence(
                    "REVIEW (destructive or data-dependent):",
                    "  - add column item.quantity: NOT NULL column without a default fails if item has rows",
                    "  - drop column item.legacy_code: drops column item.legacy_code and its data");
            fixture.roundTrips();
        }
    }

    @Test
    void notNullOnAnExistingColumnIsMarkedForReviewAndDroppingItIsNot() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "nullability", """
                create table person (id bigint primary key, email varchar(200), nickname varchar(50) not null);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "set NOT NULL on person.email",
                    "drop NOT NULL on person.nickname");
            assertThat(AutogenFixture.header(result)).containsSequence(
                    "REVIEW (destructive or data-dependent):",
                    "  - set NOT NULL on person.email: fails if person.email holds NULL in existing rows");
            assertThat(AutogenFixture.header(result)).noneMatch(line -> line.contains("drop NOT NULL on person.nickname:"));
            fixture.roundTrips();
        }
    }

    @Test
    void serverDefaultsAreAddedChangedAndDroppedButEquivalentSpellingsAreLeftAlone() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "defaults", """
                create table task (id bigint primary key, status varchar(20) not null,
                                   priority integer default 1 not null,
                                   created_at timestamp(6) with time zone default now(),
                                   done boolean default 'f' not null,
                                   updated_at timestamp(6) with time zone default current_timestamp);
                insert into task (id, status) values (1, 'old');
                """)) {
            Result result = fixture.autogenerate();

            QualifiedName task = QualifiedName.of("task");
            assertThat(result.comparison().plan().upgrade()).containsExactly(
                    new AddColumn(task, new Column("label", ColumnType.parse("varchar(30)"), false, "'it''s new'",
                            Identity.NONE, null)),
                    new AlterColumnDefault(task, "created_at", ColumnType.parse("timestamp(6) with time zone"),
                            "now()", null),
                    new AlterColumnDefault(task, "priority", ColumnType.parse("integer"), "1", "5"),
                    new AlterColumnDefault(task, "status", ColumnType.parse("varchar(20)"), null, "'new'"));
            assertThat(AutogenFixture.header(result)).doesNotContain("REVIEW (destructive or data-dependent):");
            fixture.roundTrips();
            assertThat(fixture.query("select status, priority from task")).containsExactly("old|1");
        }
    }

    @Test
    void lengthPrecisionAndWidthChangesAlterTheTypeAndNarrowingOnesAreMarkedForReview() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "typesizes", """
                create table measurement (id bigint primary key, label varchar(50), code varchar(100),
                                          amount numeric(10,2), ratio numeric(8,4), counter integer,
                                          notes text, summary varchar(300), happened_at timestamp,
                                          measured_at timestamp with time zone, local_at timestamp(3));
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "alter type of measurement.amount: numeric(10,2) -> numeric(12,4)",
                    "alter type of measurement.code: character varying(100) -> character varying(20)",
                    "alter type of measurement.counter: integer -> bigint",
                    "alter type of measurement.happened_at: timestamp without time zone -> timestamp(6) with time zone",
                    "alter type of measurement.label: character varying(50) -> character varying(100)",
                    "alter type of measurement.local_at: timestamp(3) without time zone -> timestamp(6) without time zone",
                    "alter type of measurement.measured_at: timestamp with time zone -> timestamp(3) with time zone",
                    "alter type of measurement.notes: text -> character varying(2000)",
                    "alter type of measurement.ratio: numeric(8,4) -> numeric(8,2)",
                    "alter type of measurement.summary: character varying(300) -> text");
            assertThat(AutogenFixture.header(result)).contains(
                    "  - alter type of measurement.code: character varying(100) -> character varying(20): narrows"
                            + " measurement.code from character varying(100) to character varying(20): fails if an"
                            + " existing value does not fit, or rounds it to the new scale or precision",
                    "  - alter type of measurement.counter: integer -> bigint: rewrites measurement under an exclusive"
                            + " lock while measurement.counter changes to bigint");
            assertThat(AutogenFixture.header(result)).noneMatch(line -> line.contains("measurement.label: character"
                    + " varying(50) -> character varying(100):") || line.contains("measurement.summary: character"
                    + " varying(300) -> text:"));
            fixture.roundTrips();
        }
    }

    @Test
    void narrowingTextToAShorterVarcharRefusesValuesThatDoNotFitInsteadOfTruncatingThem() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "narrowing", """
                create table note (id bigint primary key, body text);
                insert into note values (1, 'twenty characters!!!');
                """)) {
            Result result = fixture.autogenerate();
            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "alter type of note.body: text -> character varying(10)");

            assertThatThrownBy(fixture::upgradeLeavesNoDifferences).isInstanceOf(WsMigrateException.class)
                    .hasMessageContaining("value too long for type character varying(10)");
            assertThat(fixture.query("select body from note")).containsExactly("twenty characters!!!");

            fixture.execute("update note set body = 'short'");
            fixture.roundTrips();
            assertThat(fixture.query("select body from note")).containsExactly("short");
        }
    }

    @Test
    void textAndNumbersBecomeUuidJsonbArraysByteaAndLobsAndADefaultIsSetAgainAfterTheCast() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "typefamilies", """
                create table document (id bigint primary key, external_id varchar(36), payload text, tags text,
                                       scores integer[], content text, body text,
                                       active varchar(5) default 'true');
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop default of document.active",
                    "alter type of document.active: character varying(5) -> boolean",
                    "set default of document.active",
                    "alter type of document.body: text -> oid",
                    "alter type of document.content: text -> bytea",
                    "alter type of document.external_id: character varying(36) -> uuid",
                    "alter type of document.payload: text -> jsonb",
                    "alter type of document.scores: integer[] -> bigint[]",
                    "alter type of document.tags: text -> character varying(255)[]");
            fixture.roundTrips();
        }
    }

    @Test
    void byteaAndTextColumnsBecomingLobsMoveTheirContentIntoLargeObjectsAndBack() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "lobs", """
                create table attachment (id bigint primary key, data bytea, note text);
                insert into attachment values (1, '\\x0102ff', 'héllo'), (2, null, null);
                """)) {
            Result result = fixture.autogenerate();
            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "alter type of attachment.data: bytea -> oid",
                    "alter type of attachment.note: text -> oid");

            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query("select id, lo_get(data), convert_from(lo_get(note), 'UTF8') from attachment"
                    + " order by id")).containsExactly("1|\\x0102ff|héllo", "2|null|null");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.query("select id, data, note from attachment order by id"))
                    .containsExactly("1|\\x0102ff|héllo", "2|null|null");
        }
    }
}
