package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.identity;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.name;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.upgrade;
import static io.wsmigrate.compare.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistributionChangesTest {
    private static final Table COUNTRIES = keyed("countries", required("code", "varchar(2)"));
    private static final Table TENANTS = keyed("tenants", required("id", "bigint"));
    private static final Table ORDERS = with(Fixtures.table("orders", required("id", "bigint"),
                    required("tenant_id", "bigint"), required("country", "varchar(2)"))
                    .withPrimaryKey(Fixtures.primaryKey("orders_pkey", "tenant_id", "id")),
            foreignKey("fk_orders_tenant", "tenant_id", "tenants", "id"),
            foreignKey("fk_orders_country", "country", "countries", "code"));
    private static final Table LINES = with(Fixtures.table("order_lines", required("id", "bigint"),
                    required("tenant_id", "bigint")).withPrimaryKey(Fixtures.primaryKey("order_lines_pkey",
                    "tenant_id", "id")),
            foreignKey("fk_lines_tenant", "tenant_id", "tenants", "id"));

    /** The sample's placements as the settings give them. */
    private static final Map<QualifiedName, Distribution> WANTED = Map.of(
            name("countries"), Distribution.reference(0),
            name("tenants"), Distribution.distributed("id", null),
            name("orders"), Distribution.distributed("tenant_id", "tenants"),
            name("order_lines"), Distribution.distributed("tenant_id", "orders"));

    /** The same placements as the catalog of a Citus coordinator holds them: colocation group numbers. */
    private static final Map<QualifiedName, Distribution> IN_CATALOG = Map.of(
            name("countries"), Distribution.reference(1),
            name("tenants"), Distribution.distributedIn("id", 2),
            name("orders"), Distribution.distributedIn("tenant_id", 2),
            name("order_lines"), Distribution.distributedIn("tenant_id", 2));

    private static SchemaModel sample(Map<QualifiedName, Distribution> placements) {
        return schema(COUNTRIES, TENANTS, ORDERS, LINES).withDistributions(placements);
    }

    private static List<String> described(List<Operation> operations) {
        return operations.stream().map(Operation::describe).toList();
    }

    @Test
    void newTablesArePlacedAfterTheyAreCreatedAndBeforeTheirForeignKeysReferenceTablesFirst() {
        MigrationPlan plan = assertRoundTrip(schema(), sample(WANTED));
        List<String> steps = described(plan.upgrade());
        assertThat(steps).containsSubsequence("create table countries", "create table order_lines",
                "create table orders", "create table tenants", "make countries a reference table",
                "distribute table tenants by id", "distribute table orders by tenant_id (colocated with tenants)",
                "distribute table order_lines by tenant_id (colocated with orders)",
                "add foreign key fk_lines_tenant order_lines(tenant_id) -> tenants");
        assertThat(plan.upgrade().stream().filter(SetDistribution.class::isInstance)
                .allMatch(op -> ((SetDistribution) op).withTable())).isTrue();
        assertThat(plan.downgrade().stream().filter(SetDistribution.class::isInstance)
                .allMatch(op -> ((SetDistribution) op).isImplicit())).isTrue();
    }

    @Test
    void aClusterThatMatchesTheSettingsHasNoDifferences() {
        assertThat(upgrade(sample(IN_CATALOG), sample(WANTED))).isEmpty();
        assertThat(upgrade(schema(COUNTRIES, TENANTS, ORDERS, LINES), schema(COUNTRIES, TENANTS, ORDERS, LINES)))
                .isEmpty();
    }

    @Test
    void aTableOutsideTheColocationGroupItNamesIsAChange() {
        Map<QualifiedName, Distribution> apart = new java.util.HashMap<>(IN_CATALOG);
        apart.put(name("orders"), Distribution.distributedIn("tenant_id", 7));
        List<Operation> steps = upgrade(sample(apart), sample(WANTED));
        assertThat(steps).contains(new SetDistribution(name("orders"), Distribution.distributed("tenant_id", "none"),
                Distribution.distributed("tenant_id", "tenants"), List.of(), false));
        assertThat(steps.get(steps.size() - 1)).isInstanceOf(AddForeignKey.class);
    }

    @Test
    void droppingDistributedTablesRunsNothingForThePlacementButTheDowngradePlacesThemAgainInOrder() {
        List<Operation> steps = upgrade(sample(IN_CATALOG), schema());
        assertThat(steps.stream().filter(SetDistribution.class::isInstance)
                .allMatch(op -> ((SetDistribution) op).isImplicit())).isTrue();
        MigrationPlan plan = new MigrationPlan(steps);
        List<String> down = described(plan.downgrade());
        // the catalog knows colocation groups only: the first table of a group by name anchors it again
        assertThat(down).containsSubsequence("create table tenants", "make countries a reference table",
                "distribute table order_lines by tenant_id (colocated with none)",
                "distribute table orders by tenant_id (colocated with order_lines)",
                "distribute table tenants by id (colocated with order_lines)",
                "add foreign key fk_orders_tenant orders(tenant_id) -> tenants");
        assertThat(PlanApplier.upgrade(sample(IN_CATALOG), plan).distributions()).isEmpty();
    }

    @Test
    void placingAnExistingTableMovesTheForeignKeysThatTieIt() {
        SchemaModel local = schema(COUNTRIES, TENANTS, ORDERS);
        SchemaModel distributed = schema(COUNTRIES, TENANTS, ORDERS).withDistributions(Map.of(
                name("countries"), Distribution.reference(0), name("tenants"), Distribution.distributed("id", null),
                name("orders"), Distribution.distributed("tenant_id", "tenants")));
        MigrationPlan plan = assertRoundTrip(local, distributed);
        assertThat(plan.upgrade().get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(plan.upgrade()).filteredOn(DropForeignKey.class::isInstance).hasSize(2);
        assertThat(plan.upgrade()).filteredOn(AddForeignKey.class::isInstance).hasSize(2);
        assertThat(plan.upgrade()).noneMatch(op -> op instanceof CreateTable || op instanceof DropTable);
        assertThat(plan.upgrade().stream().filter(SetDistribution.class::isInstance).map(op -> op.review().orElseThrow()))
                .allMatch(review -> review.startsWith("copies every row"));
    }

    @Test
    void anIdentityColumnMakesUndistributingAnExistingTableIrreversible() {
        Table events = keyed("events", identity("id", "bigint"));
        SetDistribution distribute = (SetDistribution) upgrade(schema(events),
                schema(events).withDistributions(Map.of(name("events"), Distribution.distributed("id", null))))
                .get(0);
        assertThat(distribute.review()).hasValueSatisfying(review -> assertThat(review)
                .startsWith("cannot be undone: Citus refuses undistribute_table on a table with an identity column (id)"));
        SetDistribution undo = (SetDistribution) distribute.reverse();
        assertThat(undo.refusal()).hasValueSatisfying(reason -> assertThat(reason).contains("Citus cannot undistribute"
                + " table events").contains("identity column (id)"));
        SetDistribution newTable = (SetDistribution) upgrade(schema(),
                schema(events).withDistributions(Map.of(name("events"), Distribution.distributed("id", null))))
                .stream().filter(SetDistribution.class::isInstance).findFirst().orElseThrow();
        assertThat(newTable.review()).isEmpty();
        assertThat(((SetDistribution) newTable.reverse()).refusal()).isEmpty();
    }
}
