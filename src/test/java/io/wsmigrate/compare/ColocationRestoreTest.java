package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.name;
import static io.wsmigrate.compare.Fixtures.required;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog knows colocation as group numbers only, yet the downgrade of a revision that moves or
 * drops distributed tables must put each back into the group it had. Each case runs the upgrade and
 * then the downgrade on the groups as Citus forms them (colocate_with a table joins its group,
 * {@code none} opens a new one) and compares which tables share a group with the catalog's start.
 */
class ColocationRestoreTest {
    private static final List<String> NAMES = List.of("audit_events", "order_lines", "orders", "tenants", "warehouses");

    private static Table table(String name) {
        return keyed(name, required("tenant_id", "bigint"), required("region", "bigint"));
    }

    private static SchemaModel schema(Map<QualifiedName, Distribution> placements, List<String> names) {
        return Fixtures.schema(names.stream().map(ColocationRestoreTest::table).toArray(Table[]::new))
                .withDistributions(placements);
    }

    /** Each name in the group of its number, distributed by tenant_id. */
    private static Map<QualifiedName, Distribution> catalog(Object... nameAndGroup) {
        Map<QualifiedName, Distribution> placements = new TreeMap<>();
        for (int i = 0; i < nameAndGroup.length; i += 2) {
            placements.put(name((String) nameAndGroup[i]), Distribution.distributedIn("tenant_id", (Integer) nameAndGroup[i + 1]));
        }
        return placements;
    }

    private static Map<QualifiedName, Distribution> settings(Object... nameColumnAndPartner) {
        Map<QualifiedName, Distribution> placements = new TreeMap<>();
        for (int i = 0; i < nameColumnAndPartner.length; i += 3) {
            placements.put(name((String) nameColumnAndPartner[i]), Distribution.distributed(
                    (String) nameColumnAndPartner[i + 1], (String) nameColumnAndPartner[i + 2]));
        }
        return placements;
    }

    /** The catalog after {@code steps}, as Citus would group the tables. */
    private static Map<QualifiedName, Distribution> run(Map<QualifiedName, Distribution> start, List<Operation> steps) {
        Map<QualifiedName, Distribution> catalog = new TreeMap<>(start);
        for (Operation step : steps) {
            if (!(step instanceof SetDistribution set) || set.isImplicit()) {
                if (step instanceof SetDistribution set && set.isImplicit()) {
                    catalog.remove(set.table());
                }
                continue;
            }
            Distribution to = set.to();
            String with = to.colocateWith();
            assertThat(with).as("the downgrade names each group, never Citus's default").isNotNull();
            int group;
            if (with.equals(Distribution.COLOCATE_NONE)) {
                group = catalog.values().stream().mapToInt(Distribution::colocationId).max().orElse(0) + 1;
            } else {
                Distribution partner = catalog.get(QualifiedName.parse(with));
                assertThat(partner).as(set.table() + " is colocated with " + with + ", which is placed").isNotNull();
                group = partner.colocationId();
            }
            catalog.put(set.table(), Distribution.distributedIn(to.column(), group));
        }
        return catalog;
    }

    /** Which tables share a group, and by which column each is distributed. */
    private static Set<String> groups(Map<QualifiedName, Distribution> catalog) {
        Map<Integer, Set<String>> groups = new TreeMap<>();
        catalog.forEach((table, placement) -> groups.computeIfAbsent(placement.colocationId(), g -> new TreeSet<>())
                .add(table + ":" + placement.column()));
        return groups.values().stream().map(Set::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertDowngradeRestores(Map<QualifiedName, Distribution> before,
                                                Map<QualifiedName, Distribution> settings, List<String> after) {
        List<Operation> steps = Fixtures.upgrade(schema(before, NAMES), schema(settings, after));
        Map<QualifiedName, Distribution> upgraded = run(before, steps);
        assertThat(Fixtures.upgrade(schema(upgraded, after), schema(settings, after)))
                .as("the upgrade gives the settings' groups").isEmpty();
        Map<QualifiedName, Distribution> downgraded = run(upgraded, new MigrationPlan(steps).downgrade());
        assertThat(groups(downgraded)).isEqualTo(groups(before));
    }

    @Test
    void aTableMovedOutOfItsGroupGoesBackToItEvenWhenItIsTheFirstByName() {
        Map<QualifiedName, Distribution> before = catalog("audit_events", 2, "order_lines", 2, "orders", 2,
                "tenants", 2, "warehouses", 2);
        Map<QualifiedName, Distribution> settings = settings("tenants", "tenant_id", null, "orders", "tenant_id",
                "tenants", "order_lines", "tenant_id", "orders", "warehouses", "tenant_id", "tenants",
                "audit_events", "tenant_id", "none");
        List<Operation> steps = Fixtures.upgrade(schema(before, NAMES), schema(settings, NAMES));
        // the old rule, the first table of the group by name, would have put audit_events in a group of its own
        assertThat(new MigrationPlan(steps).downgrade()).containsExactly(new SetDistribution(name("audit_events"),
                Distribution.distributed("tenant_id", "none"), Distribution.distributed("tenant_id", "order_lines"),
                List.of(), false));
        assertDowngradeRestores(before, settings, NAMES);
    }

    @Test
    void tablesMovedApartFromAGroupThatKeepsOthersGoBackToIt() {
        Map<QualifiedName, Distribution> before = catalog("audit_events", 3, "order_lines", 2, "orders", 2,
                "tenants", 2, "warehouses", 3);
        assertDowngradeRestores(before, settings("tenants", "tenant_id", "none", "orders", "tenant_id", "none",
                "order_lines", "tenant_id", "warehouses", "audit_events", "tenant_id", "none", "warehouses",
                "tenant_id", "tenants"), NAMES);
    }

    @Test
    void aWholeGroupMovedIsRebuiltAroundTheTableTheUpgradeMovesLast() {
        Map<QualifiedName, Distribution> before = catalog("audit_events", 2, "order_lines", 2, "orders", 2,
                "tenants", 5, "warehouses", 5);
        // every table by another column, colocated in the reverse of the names' order
        Map<QualifiedName, Distribution> settings = settings("warehouses", "region", "none", "tenants", "region",
                "warehouses", "orders", "region", "tenants", "order_lines", "region", "orders", "audit_events",
                "region", "order_lines");
        assertDowngradeRestores(before, settings, NAMES);
        List<Operation> down = new MigrationPlan(Fixtures.upgrade(schema(before, NAMES), schema(settings, NAMES)))
                .downgrade();
        assertThat(down.stream().filter(SetDistribution.class::isInstance).map(Operation::describe).toList())
                .startsWith("distribute table audit_events by tenant_id (colocated with none) (was distributed by"
                        + " region (colocated with order_lines))");
    }

    @Test
    void droppedAndMovedTablesOfOneGroupComeBackTogether() {
        Map<QualifiedName, Distribution> before = catalog("audit_events", 2, "order_lines", 2, "orders", 2,
                "tenants", 2, "warehouses", 7);
        assertDowngradeRestores(before, settings("tenants", "region", "none", "warehouses", "tenant_id", "tenants"),
                List.of("tenants", "warehouses"));
    }
}
