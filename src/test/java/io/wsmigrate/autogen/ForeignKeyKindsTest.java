package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.schema.ReferentialAction;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Foreign keys between existing tables. */
class ForeignKeyKindsTest {
    @TempDir
    Path folder;

    @Test
    void compositeSelfReferencingAndCrossSchemaForeignKeysAreAdded() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "foreignkeys", """
                create schema billing;
                create table customer (id bigint primary key);
                create table purchase (id bigint not null, line_no integer not null, primary key (line_no, id));
                create table shipment (id bigint primary key, purchase_id bigint, purchase_line integer);
                create table category (id bigint primary key, parent_id bigint);
                create table billing.invoice (id bigint primary key, customer_id bigint);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "add foreign key invoice_customer_fk billing.invoice(customer_id) -> customer",
                    "add foreign key category_parent_fk category(parent_id) -> category",
                    "add foreign key shipment_purchase_fk shipment(purchase_line, purchase_id) -> purchase");
            fixture.roundTrips();
        }
    }

    @Test
    void aChangedOnDeleteActionDropsAndAddsTheForeignKeyAndADisabledOneIsDropped() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "ondelete", """
                create table owner (id bigint primary key);
                create table pet (id bigint primary key, owner_id bigint references owner on delete cascade);
                create table toy (id bigint primary key, pet_id bigint references pet);
                create table collar (id bigint primary key, pet_id bigint references pet);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).hasSize(5).startsWith(
                    "drop foreign key collar_pet_id_fkey on collar",
                    "drop foreign key pet_owner_id_fkey on pet",
                    "drop foreign key toy_pet_id_fkey on toy",
                    "add foreign key pet_owner_fk pet(owner_id) -> owner");
            assertThat(result.comparison().plan().upgrade()).filteredOn(AddForeignKey.class::isInstance)
                    .extracting(op -> ((AddForeignKey) op).foreignKey().onDelete())
                    .containsExactly(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE);
            fixture.roundTrips();
        }
    }

    @Test
    void aForeignKeyOnAReplacedPrimaryKeyIsDroppedFirstAndAddedBackOnTheNewUniqueKey() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "referencedkey", """
                create table country (code varchar(2) primary key, id bigint not null);
                create table city (id bigint primary key, country_code varchar(2) references country (code));
                insert into country values ('NL', 1);
                insert into city values (10, 'NL');
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop foreign key city_country_code_fkey on city",
                    "drop primary key of country",
                    "add primary key on country(id)",
                    "add unique constraint on country(code)",
                    "add foreign key city_country_fk city(country_code) -> country");
            fixture.roundTrips();
            assertThat(fixture.query("select c.id, k.code from city c join country k on k.code = c.country_code"))
                    .containsExactly("10|NL");
        }
    }
}
