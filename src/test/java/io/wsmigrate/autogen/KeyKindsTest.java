package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Primary keys, unique constraints and indexes of existing tables. */
class KeyKindsTest {
    @TempDir
    Path folder;

    @Test
    void aPrimaryKeyIsAddedToAKeylessTableAndAKeyThatGainedAColumnIsReplaced() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "primarykeys", """
                create table tag (id bigint not null, name varchar(50) not null);
                create table price_entry (code varchar(10) primary key, region varchar(10) not null,
                                          amount numeric(10,2));
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop primary key of price_entry",
                    "add primary key on price_entry(code, region)",
                    "add primary key on tag(id)");
            assertThat(AutogenFixture.header(result)).containsSequence(
                    "REVIEW (destructive or data-dependent):",
                    "  - add primary key on price_entry(code, region): fails if price_entry holds duplicate or NULL keys",
                    "  - add primary key on tag(id): fails if tag holds duplicate or NULL keys");
            fixture.roundTrips();
        }
    }

    @Test
    void aUniqueColumnInsideACompositePrimaryKeyKeepsItsOwnUniqueConstraint() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "keyuniques", """
                create table membership (member_id bigint not null, club_id bigint not null,
                                         primary key (club_id, member_id));
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "add unique constraint on membership(member_id)");
            fixture.upgradeMatchesHibernate("keyuniques");
            fixture.downgradeRestoresBefore();
        }
    }

    @Test
    void uniqueColumnsAndConstraintsAreAddedForReviewAndDroppedAndAUniqueIndexCounts() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "uniques", """
                create table account (id bigint primary key, email varchar(200) not null, sku varchar(20) unique,
                                      tenant varchar(20) not null, handle varchar(30) not null,
                                      login varchar(30) not null);
                create unique index account_login_idx on account (login);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop unique constraint account_sku_key on account",
                    "add unique constraint on account(email)",
                    "add unique constraint on account(tenant, handle)");
            assertThat(AutogenFixture.header(result)).containsSequence(
                    "REVIEW (destructive or data-dependent):",
                    "  - add unique constraint on account(email): fails if account already holds duplicate values",
                    "  - add unique constraint on account(tenant, handle): fails if account already holds duplicate"
                            + " values");
            fixture.roundTrips();
        }
    }

    @Test
    void indexesWithSeveralColumnsDirectionAndUniquenessAreCreatedReorderedOnesReplacedAndOldOnesDropped() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "indexes", """
                create table event (id bigint primary key, kind varchar(20), happened_at timestamp(6) with time zone,
                                    source varchar(50), code varchar(20), level integer);
                create index event_kind_idx on event (kind);
                create index event_source_level_idx on event (source, level);
                """)) {
            Result result = fixture.autogenerate();

            // Hibernate maps @Index(unique = true) to a unique constraint of that name, not to an index.
            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop index event_kind_idx on event",
                    "drop index event_source_level_idx on event",
                    "add unique constraint on event(code)",
                    "create index event_happened_at_idx on event",
                    "create index event_kind_happened_at_idx on event",
                    "create index event_level_source_idx on event");
            assertThat(result.comparison().plan().upgrade()).filteredOn(AddUniqueConstraint.class::isInstance)
                    .extracting(op -> ((AddUniqueConstraint) op).constraint().name()).containsExactly("event_code_idx");
            assertThat(AutogenFixture.header(result)).contains(
                    "  - add unique constraint on event(code): fails if event already holds duplicate values");
            fixture.roundTrips();
        }
    }
}
