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
import static io.wsmigrate.compare.Fixtures.unique;
import static io.wsmigrate.compare.Fixtures.upgrade;
import static io.wsmigrate.compare.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableChangesTest {

    @Test
    void identicalSchemasNeedNoOperations() {
        SchemaModel schema = schema(keyed("customer", required("id", "bigint"), column("name", "varchar(80)")));
        assertThat(upgrade(schema, schema)).isEmpty();
    }

    @Test
    void newTableIsCreatedWithItsUnnamedObjectsGivenPostgresNames() {
        Table wanted = table("orders", required("id", "bigint"), required("code", "varchar(20)"),
                column("status", "varchar(10)"))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withUniqueConstraints(List.of(unique(null, "code")))
                .withChecks(List.of(check(null, "status in ('NEW','PAID')")))
                .withIndexes(List.of(index(null, "status")))
                .withComment("all orders");

        Table created = wanted.withPrimaryKey(new PrimaryKey("orders_pkey", List.of("id")))
                .withUniqueConstraints(List.of(unique("orders_code_key", "code")))
                .withChecks(List.of(check("orders_status_check", "status in ('NEW','PAID')")))
                .withIndexes(List.of(index("orders_status_idx", "status")));
        assertThat(upgrade(schema(), schema(wanted))).containsExactly(new CreateTable(created));
        assertRoundTrip(schema(), schema(wanted));
    }

    @Test
    void newTablesAreCreatedByNameAndTheirForeignKeysAddedAfterAllTables() {
        Table customer = keyed("customer", required("id", "bigint"));
        Table orders = with(keyed("orders", required("id", "bigint"), column("customer_id", "bigint")),
                foreignKey(null, "customer_id", "customer", "id"));
        Table audit = keyed("audit", required("id", "bigint"));

        assertThat(upgrade(schema(), schema(orders, customer, audit))).containsExactly(
                new CreateTable(audit), new CreateTable(customer), new CreateTable(orders.withForeignKeys(List.of())),
                new AddForeignKey(name("orders"),
                        foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"), false));
        assertRoundTrip(schema(), schema(orders, customer, audit));
    }

    @Test
    void removedTableLosesForeignKeysPointingAtItBeforeItIsDropped() {
        Table customer = keyed("customer", required("id", "bigint"));
        ForeignKey toCustomer = foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id");
        Table orders = with(keyed("orders", required("id", "bigint"), column("customer_id", "bigint")), toCustomer);
        Table ordersAfter = keyed("orders", required("id", "bigint"), column("customer_id", "bigint"));

        assertThat(upgrade(schema(customer, orders), schema(ordersAfter))).containsExactly(
                new DropForeignKey(name("orders"), toCustomer), new DropTable(customer));
        assertRoundTrip(schema(customer, orders), schema(ordersAfter));
    }

    @Test
    void removedTableDropsItsOwnForeignKeysFirstIncludingSelfReferences() {
        ForeignKey parent = foreignKey("node_parent_id_fkey", "parent_id", "node", "id");
        ForeignKey owner = foreignKey("node_owner_id_fkey", "owner_id", "person", "id");
        Table node = with(keyed("node", required("id", "bigint"), column("parent_id", "bigint"),
                column("owner_id", "bigint")), parent, owner);
        Table person = keyed("person", required("id", "bigint"));

        assertThat(upgrade(schema(node, person), schema(person))).containsExactly(
                new DropForeignKey(name("node"), owner), new DropForeignKey(name("node"), parent),
                new DropTable(node.withForeignKeys(List.of())));
        assertRoundTrip(schema(node, person), schema(person));
    }

    @Test
    void tablesTheProjectDoesNotOwnAreNeverDropped() {
        Table version = table("ws_migrate_version", required("version_num", "varchar(32)"));
        Table foreign = keyed("legacy_report", required("id", "integer"));
        Table mine = keyed("obsolete", required("id", "integer"));
        CompareOptions options = CompareOptions.owning(n -> n.name().equals("obsolete"));

        CompareResult result = SchemaComparator.compare(schema(version, foreign, mine), schema(), options);

        assertThat(result.plan().upgrade()).containsExactly(new DropTable(mine));
    }

    @Test
    void unownedTableReferencingADroppedTableLosesThatForeignKeyOnly() {
        Table customer = keyed("customer", required("id", "bigint"));
        ForeignKey toCustomer = foreignKey("report_customer_id_fkey", "customer_id", "customer", "id");
        Table report = with(table("report", column("customer_id", "bigint")), toCustomer);
        CompareOptions options = CompareOptions.owning(n -> !n.name().equals("report"));

        CompareResult result = SchemaComparator.compare(schema(customer, report), schema(), options);

        assertThat(result.plan().upgrade()).containsExactly(
                new DropForeignKey(name("report"), toCustomer), new DropTable(customer));
    }

    @Test
    void modelTableThatExistsButIsNotOwnedIsStillCompared() {
        Table current = keyed("shared", required("id", "integer"));
        Table wanted = keyed("shared", required("id", "integer"), column("note", "text"));
        CompareOptions options = CompareOptions.owning(n -> false);

        assertThat(SchemaComparator.compare(schema(current), schema(wanted), options).differences())
                .containsExactly("add column shared.note");
    }

    @Test
    void tableCommentChangesAreSetAndRemoved() {
        Table plain = keyed("item", required("id", "integer"));
        Table commented = plain.withComment("things we sell");

        assertThat(upgrade(schema(plain), schema(commented)))
                .containsExactly(new SetTableComment(name("item"), null, "things we sell"));
        assertThat(upgrade(schema(commented), schema(plain)))
                .containsExactly(new SetTableComment(name("item"), "things we sell", null));
        assertRoundTrip(schema(plain), schema(commented));
    }

    @Test
    void crossSchemaTablesAreComparedByQualifiedName() {
        Table sales = Table.of(name("sales.invoice"), List.of(required("id", "bigint")));
        Table publicInvoice = keyed("invoice", required("id", "bigint"));

        assertThat(upgrade(schema(publicInvoice), schema(publicInvoice, sales)))
                .containsExactly(new CreateTable(sales));
    }

    @Test
    void unnamedModelObjectsAvoidNamesAlreadyTakenInTheSchema() {
        Table existing = keyed("account", required("id", "integer"), column("email", "text"))
                .withIndexes(List.of(Index.on("account_email_key", false, "id")));
        Table wanted = existing.withUniqueConstraints(List.of(new UniqueConstraint(null, List.of("email"))));

        assertThat(upgrade(schema(existing), schema(wanted))).extracting(op -> op.describe())
                .containsExactly("add unique constraint on account(email)");
        assertThat(upgrade(schema(existing), schema(wanted)).get(0)).isEqualTo(
                new AddUniqueConstraint(name("account"), unique("account_email_key1", "email")));
    }

    @Test
    void checkNamesFollowPostgresRuleForOneOrManyColumns() {
        Table wanted = table("span", required("a", "integer"), required("b", "integer"))
                .withChecks(List.of(new CheckConstraint(null, "a < b"), new CheckConstraint(null, "a >= 0")));
        CreateTable create = (CreateTable) upgrade(schema(), schema(wanted)).get(0);
        assertThat(create.table().checks()).extracting(CheckConstraint::name)
                .containsExactly("span_a_check", "span_check");
    }
}
