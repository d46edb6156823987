package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.name;
import static io.wsmigrate.compare.Fixtures.required;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Placements in drift: the database and the replayed scripts are both catalogs, each with colocation
 * group numbers of its own; a table is drift when it is placed otherwise or shares its group with
 * other tables than in the scripts, and only the table that left its group is reported.
 */
class PlacementDriftTest {
    private static final String[] TABLES = {"audit_events", "countries", "order_lines", "orders", "tenants"};

    private static SchemaModel catalog(Map<QualifiedName, Distribution> placements) {
        return Fixtures.schema(java.util.Arrays.stream(TABLES).map(t -> keyed(t, required("tenant_id", "bigint"),
                required("region", "bigint"))).toArray(io.wsmigrate.schema.Table[]::new)).withDistributions(placements);
    }

    /** The tenants application as a catalog: countries a reference table, the others in group {@code group}. */
    private static Map<QualifiedName, Distribution> tenants(int group) {
        Map<QualifiedName, Distribution> placements = new TreeMap<>();
        placements.put(name("countries"), Distribution.reference(1));
        for (String table : new String[] {"audit_events", "order_lines", "orders", "tenants"}) {
            placements.put(name(table), Distribution.distributedIn("tenant_id", group));
        }
        return placements;
    }

    private static java.util.List<String> drift(Map<QualifiedName, Distribution> database,
                                                Map<QualifiedName, Distribution> scripts) {
        return DriftComparator.compare(catalog(database), catalog(scripts)).stream().map(Drift::describe).toList();
    }

    @Test
    void theSameGroupsUnderOtherNumbersAreNoDrift() {
        assertThat(drift(tenants(2), tenants(9))).isEmpty();
    }

    @Test
    void aTableMovedOutOfItsGroupIsTheOneReported() {
        Map<QualifiedName, Distribution> database = tenants(2);
        database.put(name("audit_events"), Distribution.distributedIn("tenant_id", 3));

        assertThat(drift(database, tenants(5))).containsExactly("structure: the scripts' schema would need: distribute"
                + " table audit_events by tenant_id (colocated with order_lines) (was distributed by tenant_id"
                + " (colocated with none))");
    }

    @Test
    void aTableTheScriptsKeepApartButTheDatabaseJoinedIsTheOneReported() {
        Map<QualifiedName, Distribution> scripts = tenants(2);
        scripts.put(name("audit_events"), Distribution.distributedIn("tenant_id", 3));

        assertThat(drift(tenants(4), scripts)).containsExactly("structure: the scripts' schema would need: distribute"
                + " table audit_events by tenant_id (colocated with none) (was distributed by tenant_id (colocated with"
                + " order_lines))");
    }

    @Test
    void anotherColumnKindOrNoPlacementIsDrift() {
        Map<QualifiedName, Distribution> database = tenants(2);
        database.put(name("orders"), Distribution.distributedIn("region", 2));
        database.remove(name("countries"));
        database.put(name("tenants"), Distribution.reference(1));

        assertThat(drift(database, tenants(2))).containsExactly(
                "structure: the scripts' schema would need: make countries a reference table",
                "structure: the scripts' schema would need: distribute table orders by tenant_id (colocated with"
                        + " audit_events) (was distributed by region (colocated with audit_events))",
                "structure: the scripts' schema would need: distribute table tenants by tenant_id (colocated with"
                        + " audit_events) (was reference)");
        assertThat(drift(tenants(2), Map.of())).hasSize(5).allMatch(line -> line.contains("undistribute table"));
    }
}
