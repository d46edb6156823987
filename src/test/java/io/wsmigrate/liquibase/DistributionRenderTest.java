package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionRenderTest {
    private static final QualifiedName ORDERS = new QualifiedName("shop", "Orders");

    private static String sql(SetDistribution operation) {
        return new ChangeSql().sql(ChangeRenderer.render(operation)).stream().reduce("", (a, b) -> a + b + "\n").strip();
    }

    @Test
    void placementsCallCitusWithTheTableAsARegclassLiteral() {
        assertThat(sql(new SetDistribution(ORDERS, Distribution.LOCAL, Distribution.distributed("tenant_id", "shop.tenants"),
                List.of(), false))).isEqualTo("SELECT pg_catalog.create_distributed_table('shop.\"Orders\"', 'tenant_id',"
                + " colocate_with => 'shop.tenants')");
        assertThat(sql(new SetDistribution(ORDERS, Distribution.LOCAL, Distribution.reference(0), List.of(), true)))
                .isEqualTo("SELECT pg_catalog.create_reference_table('shop.\"Orders\"')");
        assertThat(sql(new SetDistribution(ORDERS, Distribution.reference(0), Distribution.LOCAL, List.of(), false)))
                .isEqualTo("SELECT pg_catalog.undistribute_table('shop.\"Orders\"')");
        assertThat(sql(new SetDistribution(ORDERS, Distribution.distributed("id", null),
                Distribution.distributed("tenant_id", "none"), List.of(), false)))
                .isEqualTo("SELECT pg_catalog.alter_distributed_table('shop.\"Orders\"', distribution_column =>"
                        + " 'tenant_id', colocate_with => 'none')");
    }

    @Test
    void undistributingATableThatIsDroppedRightAfterRunsNothing() {
        assertThat(ChangeRenderer.render(new SetDistribution(ORDERS, Distribution.distributed("id", null),
                Distribution.LOCAL, List.of("id"), true))).isEmpty();
    }

    @Test
    void whatCitusRefusesStopsTheRevisionWithTheReason() {
        String block = sql(new SetDistribution(ORDERS, Distribution.distributed("tenant_id", null), Distribution.LOCAL,
                List.of("id"), false));
        assertThat(block).startsWith("DO $ws$BEGIN RAISE EXCEPTION '%', 'Citus cannot undistribute table shop.Orders:")
                .contains("identity column (id)").contains("cannot be undone by a revision");
    }
}
