package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.check;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.index;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.unique;
import static io.wsmigrate.compare.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTest {

    @Test
    void everyPhaseRunsInTheOrderPostgresAcceptsBothWays() {
        Table customer = keyed("customer", required("id", "bigint"), column("email", "text"), column("legacy", "text"))
                .withUniqueConstraints(List.of(unique("customer_email_key", "email")));
        Table invoice = with(keyed("invoice", required("id", "bigint"), column("customer_id", "bigint")),
                foreignKey("invoice_customer_id_fkey", "customer_id", "customer", "id"));
        Table obsolete = keyed("obsolete", required("id", "bigint"));
        SchemaModel before = new SchemaModel(List.of(customer, invoice, obsolete),
                List.of(new Sequence(QualifiedName.of("old_seq"), 1, 1)));

        Table customerAfter = keyed("customer", required("id", "bigint"), required("email", "text"),
                column("phone", "varchar(20)"))
                .withIndexes(List.of(index(null, "phone")))
                .withChecks(List.of(check(null, "phone <> ''")));
        Table invoiceAfter = with(keyed("invoice", required("id", "bigint"), column("customer_id", "bigint")),
                foreignKey(null, "customer_id", "customer", "id", io.wsmigrate.schema.ReferentialAction.CASCADE));
        Table payment = with(keyed("payment", required("id", "bigint"), column("invoice_id", "bigint")),
                foreignKey(null, "invoice_id", "invoice", "id"));
        SchemaModel after = new SchemaModel(List.of(customerAfter, invoiceAfter, payment),
                List.of(new Sequence(QualifiedName.of("payment_seq"), 1, 50)));

        MigrationPlan plan = assertRoundTrip(before, after);

        assertThat(plan.upgrade()).extracting(Operation::describe).containsExactly(
                "drop foreign key invoice_customer_id_fkey on invoice",
                "drop unique constraint customer_email_key on customer",
                "create sequence payment_seq",
                "create table payment",
                "add column customer.phone",
                "set NOT NULL on customer.email",
                "add check constraint customer_phone_check on customer",
                "create index customer_phone_idx on customer",
                "add foreign key invoice_customer_id_fkey invoice(customer_id) -> customer",
                "add foreign key payment_invoice_id_fkey payment(invoice_id) -> invoice",
                "drop column customer.legacy",
                "drop table obsolete",
                "drop sequence old_seq");
    }

    @Test
    void tablesReferencingEachOtherAreCreatedThenLinked() {
        Table a = with(keyed("a", required("id", "bigint"), column("b_id", "bigint")),
                foreignKey(null, "b_id", "b", "id"));
        Table b = with(keyed("b", required("id", "bigint"), column("a_id", "bigint")),
                foreignKey(null, "a_id", "a", "id"));

        MigrationPlan plan = assertRoundTrip(schema(), schema(a, b));

        assertThat(plan.upgrade()).extracting(Operation::describe).containsExactly(
                "create table a", "create table b",
                "add foreign key a_b_id_fkey a(b_id) -> b", "add foreign key b_a_id_fkey b(a_id) -> a");
        assertThat(plan.downgrade()).extracting(Operation::describe).containsExactly(
                "drop foreign key b_a_id_fkey on b", "drop foreign key a_b_id_fkey on a",
                "drop table b", "drop table a");
    }

    @Test
    void tablesReferencingEachOtherAreUnlinkedThenDropped() {
        Table a = with(keyed("a", required("id", "bigint"), column("b_id", "bigint")),
                foreignKey("a_b_id_fkey", "b_id", "b", "id"));
        Table b = with(keyed("b", required("id", "bigint"), column("a_id", "bigint")),
                foreignKey("b_a_id_fkey", "a_id", "a", "id"));

        MigrationPlan plan = assertRoundTrip(schema(a, b), schema());

        assertThat(plan.upgrade()).extracting(Operation::describe).containsExactly(
                "drop foreign key a_b_id_fkey on a", "drop foreign key b_a_id_fkey on b",
                "drop table a", "drop table b");
    }

    @Test
    void downgradeIsTheReversedUpgradeWithEachOperationReversed() {
        Table a = keyed("a", required("id", "bigint"));
        Table aAfter = keyed("a", required("id", "bigint"), column("note", "text"));
        MigrationPlan plan = SchemaComparator.compare(schema(a), schema(aAfter, keyed("b", required("id", "bigint"))),
                CompareOptions.owningAll()).plan();
        assertThat(plan.downgrade()).extracting(Operation::describe)
                .containsExactly("drop column a.note", "drop table b");
    }
}
