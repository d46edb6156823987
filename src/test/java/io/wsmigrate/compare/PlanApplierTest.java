package io.wsmigrate.compare;

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
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.ColumnOperation.RenameColumn;
import io.wsmigrate.ops.ConstraintOperation.DropPrimaryKey;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanApplierTest {
    private static final Table CUSTOMER = keyed("customer", required("id", "bigint"), column("email", "text"))
            .withIndexes(List.of(index("customer_email_idx", "email")));
    private static final Table ORDERS = with(keyed("orders", required("id", "bigint"), column("customer_id", "bigint")),
            foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"));

    private static void assertRefused(SchemaModel start, Operation operation, String problem) {
        assertThatThrownBy(() -> PlanApplier.apply(start, List.of(operation)))
                .isInstanceOf(WsMigrateException.class)
                .hasMessageStartingWith("cannot apply '" + operation.describe() + "': ")
                .hasMessageContaining(problem)
                .extracting(e -> ((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.REVISION);
    }

    @Test
    void droppingATableAForeignKeyPointsAtIsRefused() {
        assertRefused(schema(CUSTOMER, ORDERS), new DropTable(CUSTOMER),
                "foreign key orders_customer_id_fkey of orders points at it");
    }

    @Test
    void droppingAPrimaryKeyAForeignKeyReliesOnIsRefused() {
        assertRefused(schema(CUSTOMER, ORDERS), new DropPrimaryKey(name("customer"), CUSTOMER.primaryKey()),
                "foreign key orders_customer_id_fkey of orders depends on it");
    }

    @Test
    void droppingAColumnAnIndexUsesIsRefused() {
        assertRefused(schema(CUSTOMER), new DropColumn(name("customer"), column("email", "text")),
                "index customer_email_idx uses it; drop that first");
    }

    @Test
    void anAlterWhoseFromIsNotTheCurrentStateIsRefused() {
        assertRefused(schema(CUSTOMER), new AlterColumnType(name("customer"), "email", ColumnType.parse("varchar(10)"),
                ColumnType.parse("text"), null), "its type is text, not character varying(10)");
    }

    @Test
    void aForeignKeyToColumnsWithoutAKeyIsRefused() {
        Table plain = table("plain", column("code", "text"));
        assertRefused(schema(plain, CUSTOMER), new AddForeignKey(name("customer"),
                foreignKey("customer_email_fkey", "email", "plain", "code"), false), "no primary or unique key");
    }

    @Test
    void creatingATableWhoseIndexNameIsTakenIsRefused() {
        Table clash = keyed("other", required("id", "bigint")).withIndexes(List.of(index("customer_email_idx", "id")));
        assertRefused(schema(CUSTOMER), new CreateTable(clash), "the name customer_email_idx is already taken");
    }

    @Test
    void renamingAColumnRenamesItEverywhereItIsUsed() {
        SchemaModel after = PlanApplier.apply(schema(CUSTOMER, ORDERS), List.of(
                new RenameColumn(name("customer"), "id", "customer_id"),
                new RenameColumn(name("customer"), "email", "mail")));
        Table customer = after.table(name("customer")).orElseThrow();
        assertThat(customer.primaryKey().columns()).containsExactly("customer_id");
        assertThat(customer.indexes().get(0).columns().get(0).expression()).isEqualTo("mail");
        assertThat(after.table(name("orders")).orElseThrow().foreignKeys().get(0).referencedColumns())
                .containsExactly("customer_id");
    }
}
