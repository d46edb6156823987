package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.check;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.index;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.name;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.table;
import static io.wsmigrate.compare.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.compare.RenameCandidate.Kind;
import io.wsmigrate.ops.ColumnOperation.RenameColumn;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.TableOperation.RenameTable;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenameTest {
    private static final Table CUSTOMER = keyed("customer", required("id", "bigint"), column("mail", "text"))
            .withIndexes(List.of(index("customer_mail_idx", "mail")))
            .withChecks(List.of(check("customer_mail_check", "(mail <> ''::text)")));
    private static final Table ORDERS = with(keyed("orders", required("id", "bigint"), column("customer_id", "bigint")),
            foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"));

    private static CompareResult compare(SchemaModel database, SchemaModel model, Map<String, String> hints) {
        return SchemaComparator.compare(database, model, CompareOptions.owningAll().withRenameHints(hints));
    }

    private static Table client() {
        return keyed("client", required("id", "bigint"), column("mail", "text"))
                .withIndexes(List.of(index(null, "mail"))).withChecks(List.of(check(null, "mail <> ''")));
    }

    @Test
    void withoutAHintARenamedTableIsADropAndAnAddReportedAsACandidate() {
        SchemaModel before = schema(CUSTOMER);
        SchemaModel after = schema(client());

        CompareResult result = compare(before, after, Map.of());

        assertThat(result.differences()).containsExactly("create table client", "drop table customer");
        assertThat(result.renameCandidates()).containsExactly(
                new RenameCandidate(Kind.TABLE, name("customer"), "customer", "client"));
        assertThat(result.renameCandidates().get(0).hint()).isEqualTo("customer=client");
    }

    @Test
    void hintedTableRenameIsARenameAndTheTableIsThenComparedNormally() {
        Table ordersAfter = with(keyed("orders", required("id", "bigint"), column("customer_id", "bigint")),
                foreignKey(null, "customer_id", "client", "id"));
        Table clientWithPhone = client().withColumns(List.of(required("id", "bigint"), column("mail", "text"),
                column("phone", "text")));
        SchemaModel before = schema(CUSTOMER, ORDERS);
        SchemaModel after = schema(clientWithPhone, ordersAfter);
        Map<String, String> hints = Map.of("customer", "client");

        CompareResult result = compare(before, after, hints);

        assertThat(result.plan().upgrade().get(0)).isEqualTo(new RenameTable(name("customer"), name("client")));
        assertThat(result.differences()).containsExactly("rename table customer to client", "add column client.phone");
        assertThat(result.renameCandidates()).isEmpty();
        assertRoundTripWithHints(before, after, hints);
    }

    @Test
    void hintedColumnRenameCarriesItsIndexChecksAndReferences() {
        Table renamed = keyed("customer", required("id", "bigint"), column("email", "text"))
                .withIndexes(List.of(index(null, "email"))).withChecks(List.of(check(null, "email <> ''")));
        SchemaModel before = schema(CUSTOMER, ORDERS);
        SchemaModel after = schema(renamed, ORDERS);
        Map<String, String> hints = Map.of("customer.mail", "email");

        CompareResult result = compare(before, after, hints);

        assertThat(result.plan().upgrade()).containsExactly(new RenameColumn(name("customer"), "mail", "email"));
        assertRoundTripWithHints(before, after, hints);
    }

    @Test
    void renamingAReferencedKeyColumnRenamesItInForeignKeysPointingAtIt() {
        Table customer = keyed("customer", required("customer_no", "bigint"));
        Table orders = with(keyed("orders", required("id", "bigint"), column("customer_no", "bigint")),
                foreignKey("orders_customer_no_fkey", "customer_no", "customer", "customer_no"));
        Table customerAfter = keyed("customer", required("number", "bigint"));
        Table ordersAfter = with(keyed("orders", required("id", "bigint"), column("customer_no", "bigint")),
                foreignKey(null, "customer_no", "customer", "number"));
        Map<String, String> hints = Map.of("customer.customer_no", "number");

        assertThat(compare(schema(customer, orders), schema(customerAfter, ordersAfter), hints).plan().upgrade())
                .containsExactly(new RenameColumn(name("customer"), "customer_no", "number"));
        assertRoundTripWithHints(schema(customer, orders), schema(customerAfter, ordersAfter), hints);
    }

    @Test
    void tableAndColumnRenameTogetherAcceptTheColumnHintUnderEitherTableName() {
        Table after = keyed("client", required("id", "bigint"), column("email", "text"))
                .withIndexes(List.of(index(null, "email"))).withChecks(List.of(check(null, "email <> ''")));
        for (String tableName : List.of("customer", "client")) {
            Map<String, String> hints = Map.of("customer", "client", tableName + ".mail", "email");
            assertThat(compare(schema(CUSTOMER), schema(after), hints).plan().upgrade()).containsExactly(
                    new RenameTable(name("customer"), name("client")),
                    new RenameColumn(name("client"), "mail", "email"));
            assertRoundTripWithHints(schema(CUSTOMER), schema(after), hints);
        }
    }

    @Test
    void schemaQualifiedHintsRenameInsideTheirSchema() {
        Table before = table("sales.deal", required("id", "bigint"), column("amt", "numeric"));
        Table after = table("sales.agreement", required("id", "bigint"), column("amount", "numeric"));
        Map<String, String> hints = Map.of("sales.deal", "agreement", "sales.deal.amt", "amount");
        assertThat(compare(schema(before), schema(after), hints).plan().upgrade()).containsExactly(
                new RenameTable(name("sales.deal"), name("sales.agreement")),
                new RenameColumn(name("sales.agreement"), "amt", "amount"));
    }

    @Test
    void columnsOfTheSameTypeRemovedAndAddedAreRenameCandidates() {
        Table before = keyed("person", required("id", "bigint"), column("surname", "text"), column("age", "integer"));
        Table after = keyed("person", required("id", "bigint"), column("last_name", "text"), column("born", "date"));

        CompareResult result = compare(schema(before), schema(after), Map.of());

        assertThat(result.renameCandidates()).containsExactly(
                new RenameCandidate(Kind.COLUMN, name("person"), "surname", "last_name"));
        assertThat(result.renameCandidates().get(0).hint()).isEqualTo("person.surname=last_name");
        assertThat(result.differences()).containsExactly("add column person.last_name", "add column person.born",
                "drop column person.age", "drop column person.surname");
    }

    @Test
    void hintsNamingNothingAreUsageErrorsThatSayWhatIsWrong() {
        SchemaModel before = schema(CUSTOMER);
        SchemaModel after = schema(client());
        assertThatThrownBy(() -> compare(before, after, Map.of("custmer", "client")))
                .isInstanceOf(WsMigrateException.class)
                .hasMessage("rename hint 'custmer=client': table custmer is not in the database; "
                        + "hints are old_table=new_table or table.old_column=new_column")
                .extracting(e -> ((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThatThrownBy(() -> compare(before, after, Map.of("customer", "klient")))
                .hasMessageContaining("table klient is not in the model");
        assertThatThrownBy(() -> compare(before, schema(CUSTOMER), Map.of("customer.mail", "email")))
                .hasMessageContaining("column email is not in table customer of the model");
        assertThatThrownBy(() -> compare(before, schema(CUSTOMER), Map.of("customer.nope", "email")))
                .hasMessageContaining("column nope is not in table customer of the database");
        Table twoColumns = keyed("customer", required("id", "bigint"), column("mail", "text"), column("fax", "text"));
        assertThatThrownBy(() -> compare(schema(twoColumns), schema(keyed("customer", required("id", "bigint"),
                column("email", "text"))), Map.of("customer.mail", "email", "customer.fax", "email")))
                .hasMessageContaining("another hint renames a column to customer.email too");
    }

    private static void assertRoundTripWithHints(SchemaModel before, SchemaModel after, Map<String, String> hints) {
        MigrationPlan plan = assertRoundTrip(before, after, CompareOptions.owningAll().withRenameHints(hints));
        assertThat(plan.upgrade()).extracting(Operation::describe).noneMatch(line -> line.startsWith("drop table"));
    }
}
