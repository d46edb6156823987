package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments, and names that need quoting: reserved words and mixed case. */
@Tag(TestPostgres.COMPAT_TAG)
class NamingKindsTest {
    @TempDir
    Path folder;

    @Test
    void tableAndColumnCommentsAreSetChangedAndRemoved() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "comments", """
                create table product (id bigint primary key, name varchar(100), sku varchar(20),
                                      price numeric(10,2));
                comment on column product.sku is 'Old text';
                comment on column product.price is 'Gross price';
                create table warehouse (id bigint primary key);
                comment on table warehouse is 'Stores';
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "set comment on column product.name",
                    "remove comment on column product.price",
                    "set comment on column product.sku",
                    "set comment on table product",
                    "remove comment on table warehouse");
            fixture.roundTrips();
        }
    }

    @Test
    void quotedReservedAndMixedCaseNamesSurviveTheRoundTrip() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "identifiers", """
                create table "order" (id bigint primary key, "group" varchar(20));
                create table "MixedCase" ("Id" bigint primary key, "DisplayName" varchar(50));
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create table LineItem",
                    "add column MixedCase.Kind",
                    "add column order.CreatedAt",
                    "add column order.MixedCaseId",
                    "add column order.desc",
                    "add check constraint MixedCase_Kind_check on MixedCase",
                    "create index mixedcase_displayname_idx on MixedCase",
                    "add foreign key order_mixed_case_fk order(MixedCaseId) -> MixedCase");
            fixture.roundTrips();
        }
    }
}
