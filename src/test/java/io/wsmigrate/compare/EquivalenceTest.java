package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.check;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.identity;
import static io.wsmigrate.compare.Fixtures.primaryKey;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.table;
import static io.wsmigrate.compare.Fixtures.unique;
import static io.wsmigrate.compare.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same schema as PostgreSQL's catalog reports it and as Hibernate's metadata describes it. */
class EquivalenceTest {

    private static SchemaModel asPostgresReportsIt() {
        Table customer = table("customer", identity("id", "integer"),
                required("email", "character varying(255)"),
                column("created", "timestamp(6) with time zone").withDefault("CURRENT_TIMESTAMP"),
                column("vip", "boolean").withDefault("false"))
                .withPrimaryKey(primaryKey("customer_pkey", "id"))
                .withIndexes(List.of(Index.on("customer_email_key", true, "email")));
        Table orders = with(table("orders", identity("id", "int8"), required("customer_id", "int4"),
                required("status", "varchar(10)"), column("total", "numeric(12,2)").withDefault("'0'::numeric"),
                column("code", "character varying(20)").withDefault("'N/A'::character varying"))
                .withPrimaryKey(primaryKey("orders_pkey", "id"))
                .withUniqueConstraints(List.of(unique("orders_code_key", "code")))
                .withChecks(List.of(
                        check("orders_status_check", "((status)::text = ANY ((ARRAY['NEW'::character varying, "
                                + "'PAID'::character varying])::text[]))"),
                        check("orders_total_check", "(total >= (0)::numeric)")))
                .withIndexes(List.of(new Index("orders_status_idx",
                        List.of(new IndexColumn("lower((status)::text)", false)), false,
                        "((status)::text <> 'PAID'::text)", "btree"))),
                foreignKey("orders_customer_id_fkey", "customer_id", "customer", "id"));
        return schema(customer, orders);
    }

    private static SchemaModel asHibernateDescribesIt() {
        Table customer = table("customer", identity("id", "integer"), required("email", "varchar(255)"),
                column("created", "timestamptz(6)").withDefault("now()"), column("vip", "bool").withDefault("'false'"))
                .withPrimaryKey(primaryKey("customerPK", "id"))
                .withUniqueConstraints(List.of(unique("ukq7fy0y2m5e1c8b3w9v4x6t0ra", "email")));
        Table orders = with(table("orders", identity("id", "bigint"), required("customer_id", "integer"),
                required("status", "varchar(10)"), column("total", "decimal(12,2)").withDefault("0"),
                column("code", "varchar(20)").withDefault("'N/A'"))
                .withPrimaryKey(primaryKey(null, "id"))
                .withUniqueConstraints(List.of(unique(null, "code")))
                .withChecks(List.of(check(null, "status in ('PAID','NEW')"), check(null, "total>=0")))
                .withIndexes(List.of(new Index("idx6w2e8r1t5y9u3i7o0p4a2s6d",
                        List.of(new IndexColumn("LOWER(status)", false)),
                        false, "status != 'PAID'", null))),
                foreignKey("fkq3k2m1n8b5v2c9x6y3l0k7j4h", "customer_id", "customer", "id"));
        return schema(orders, customer);
    }

    @Test
    void postgresAndHibernateSpellingsOfOneSchemaAreNoDifference() {
        CompareResult result = Fixtures.compare(asPostgresReportsIt(), asHibernateDescribesIt());
        assertThat(result.differences()).isEmpty();
        assertThat(result.renameCandidates()).isEmpty();
    }

    @Test
    void aRealDifferenceStillShowsThroughTheNormalization() {
        SchemaModel model = asHibernateDescribesIt();
        Table orders = model.table(Fixtures.name("orders")).orElseThrow();
        Table changed = orders.withChecks(List.of(
                check(null, "status in ('PAID','NEW','SENT')"), check(null, "total>=0")));
        SchemaModel changedModel = schema(changed, model.table(Fixtures.name("customer")).orElseThrow());
        assertThat(Fixtures.compare(asPostgresReportsIt(), changedModel).differences()).containsExactly(
                "drop check constraint orders_status_check on orders",
                "add check constraint orders_status_check on orders");
    }
}
