package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.CitusSettings.DistributedTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitusSettingsTest {
    private static final String HEAD = "database:\n  url: jdbc:postgresql://db/shop\nmigrations:\n"
            + "  package: com.example.shop\n  citus:\n";

    @TempDir
    Path dir;

    private CitusSettings load(String citus) {
        Path file = write(dir.resolve("app.yaml"), HEAD + citus);
        return new SettingsLoader().load(file, Map.of(), null).migrations().citus();
    }

    private String error(String citus) {
        return SettingsErrorsTest.errorLoading(write(dir.resolve("app.yaml"), HEAD + citus), Map.of());
    }

    @Test
    void noCitusSectionDistributesNothing() {
        Path file = write(dir.resolve("app.yaml"), HEAD.replace("  citus:\n", ""));
        assertThat(new SettingsLoader().load(file, Map.of(), null).migrations().citus().isEmpty()).isTrue();
    }

    @Test
    void distributedTablesTakeAColumnOrAMapAndReferenceTablesAList() {
        CitusSettings citus = load("    distributed:\n      orders: {column: tenant_id, colocate_with: Tenants}\n"
                + "      Tenants: tenant_id\n      audit: {column: id, colocate_with: none}\n"
                + "    reference: [countries, shop.currencies]\n");
        assertThat(citus.distributed()).containsExactly(new DistributedTable("orders", "tenant_id", "tenants"),
                new DistributedTable("tenants", "tenant_id", null), new DistributedTable("audit", "id", "none"));
        assertThat(citus.reference()).containsExactly("countries", "shop.currencies");
        assertThat(citus.distributedTable("TENANTS")).contains(new DistributedTable("tenants", "tenant_id", null));
        assertThat(citus.isReference("countries")).isTrue();
        assertThat(citus.isReference("orders")).isFalse();
        assertThat(load("    reference: countries\n").reference()).isEqualTo(List.of("countries"));
    }

    @Test
    void mistakesNameFileLineAndKey() {
        String file = dir.resolve("app.yaml").toString();
        assertThat(error("    distributed: {orders: tenant_id}\n    refrence: [countries]\n"))
                .startsWith(file + ":7").contains("migrations.citus.refrence is not a setting here")
                .contains("distributed, reference");
        assertThat(error("    distributed:\n      orders: {colum: tenant_id}\n")).startsWith(file + ":7")
                .contains("migrations.citus.distributed.orders.colum is not a setting here");
        assertThat(error("    distributed:\n      orders: {colocate_with: tenants}\n"))
                .contains("missing required key migrations.citus.distributed.orders.column");
        assertThat(error("    distributed:\n      orders:\n")).startsWith(file + ":7")
                .contains("migrations.citus.distributed.orders has no distribution column");
        assertThat(error("    distributed:\n      orders: tenant id\n")).startsWith(file + ":7")
                .contains("is 'tenant id', not a column name");
        assertThat(error("    distributed:\n      orders: 5\n")).contains("must be text");
        assertThat(error("    distributed:\n      \"bad name\": tenant_id\n")).contains("is not a table name");
        assertThat(error("    distributed: [orders]\n")).contains("migrations.citus.distributed must be a map");
    }

    @Test
    void aTableIsDistributedOrReferenceOnce() {
        String file = dir.resolve("app.yaml").toString();
        assertThat(error("    distributed: {countries: id}\n    reference: [countries]\n")).startsWith(file + ":7")
                .contains("migrations.citus.reference[0] names countries, which migrations.citus.distributed"
                        + " already distributes");
        assertThat(error("    reference: [countries, Countries]\n")).contains("reference[1] names countries a second time");
        assertThat(error("    reference: [{countries: x}]\n")).contains("must be a table name, not a map");
        assertThat(error("    distributed: {orders: id, ORDERS: id}\n")).contains("names the table orders a second time");
    }

    @Test
    void colocationNamesAnotherDistributedTableWithoutLoops() {
        String file = dir.resolve("app.yaml").toString();
        assertThat(error("    distributed:\n      orders: {column: tenant_id, colocate_with: tenants}\n"))
                .startsWith(file + ":7").contains("migrations.citus.distributed.orders.colocate_with names tenants,"
                        + " which migrations.citus.distributed does not distribute");
        assertThat(error("    distributed:\n      orders: {column: tenant_id, colocate_with: orders}\n"))
                .contains("names the table itself");
        assertThat(error("    distributed:\n      a: {column: t, colocate_with: b}\n"
                + "      b: {column: t, colocate_with: a}\n")).contains("a.colocate_with makes a colocation loop");
        assertThat(error("    distributed:\n      orders: {column: t, colocate_with: ''}\n")).contains("is empty");
        // a reference table, or a misspelt none, is not a colocation group Citus knows
        assertThat(error("    distributed:\n      orders: {column: tenant_id, colocate_with: countries}\n"
                + "    reference: [countries]\n")).startsWith(file + ":7")
                .contains("colocate_with names countries, which migrations.citus.distributed does not distribute")
                .contains("write none (a group of its own) or default").doesNotContain("\n");
        assertThat(error("    distributed:\n      orders: {column: tenant_id, colocate_with: none_}\n"))
                .startsWith(file + ":7").contains("orders.colocate_with names none_");
    }

    @Test
    void colocateWithDefaultIsCitusDefaultGroupAsWhenLeftOut() {
        CitusSettings citus = load("    distributed:\n      orders: {column: tenant_id, colocate_with: DEFAULT}\n");
        assertThat(citus.distributed()).containsExactly(new DistributedTable("orders", "tenant_id", null));
    }
}
