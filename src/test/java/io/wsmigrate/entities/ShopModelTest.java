package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shop fixture with Hibernate's default naming: the exact records the converter must produce. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopModelTest {
    private EntityModel model;
    private SchemaModel schema;

    @BeforeAll
    void load() {
        model = Fixtures.shop(Map.of());
        schema = model.schema();
    }

    @AfterAll
    void close() {
        model.close();
    }

    @Test
    void entityNamesAndTableNamesCoverThePackageAndItsSubpackage() {
        assertThat(model.entityNames())
                .containsExactly("AuditEntry", "Customer", "Order", "OrderLine", "Product", "Shipment");
        assertThat(model.tableNames()).containsExactly(
                new QualifiedName("audit", "audit_entry"), QualifiedName.of("customer"), QualifiedName.of("order"),
                QualifiedName.of("order_line"), QualifiedName.of("product"), QualifiedName.of("shipment"));
    }

    @Test
    void customerHasAnIdentityKeyAFoldedCamelCaseColumnAUniqueColumnAndASelfReference() {
        Table expected = new Table(QualifiedName.of("customer"), List.of(
                new Column("id", ColumnType.of("bigint"), false, null, Identity.BY_DEFAULT, null),
                Column.of("referredby_id", "bigint", true),
                Column.of("last_name", "character varying(50)", true),
                Column.of("email", "character varying(200)", false),
                Column.of("firstname", "character varying(255)", true)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint(null, List.of("email"))),
                List.of(),
                List.of(new ForeignKey("fk923m057tgw6os2myga9hpeapu", List.of("referredby_id"),
                        QualifiedName.of("customer"), List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(schema.table(QualifiedName.of("customer"))).contains(expected);
    }

    @Test
    void orderKeepsItsQuotedReservedNameAndCascadesOnDelete() {
        Table expected = new Table(QualifiedName.of("order"), List.of(
                Column.of("order_date", "date", false),
                Column.of("customer_id", "bigint", false),
                new Column("id", ColumnType.of("bigint"), false, null, Identity.BY_DEFAULT, null)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("fkht73wjfp9la5bagqfclyhhua1", List.of("customer_id"),
                        QualifiedName.of("customer"), List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(schema.table(QualifiedName.of("order"))).contains(expected);
    }

    @Test
    void orderLineHasTheEmbeddedCompositeKeyInHibernatesColumnOrder() {
        Table expected = new Table(QualifiedName.of("order_line"), List.of(
                Column.of("line_no", "integer", false),
                Column.of("quantity", "integer", false),
                Column.of("order_id", "bigint", false),
                Column.of("product_id", "bigint", false)),
                new PrimaryKey(null, List.of("line_no", "order_id")), List.of(), List.of(),
                List.of(new ForeignKey("fkkfx57nvwbbfh2ygrm3qpkr6cj", List.of("order_id"), QualifiedName.of("order"),
                                List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                        new ForeignKey("fkpf904tci8garypkvm32cqupye", List.of("product_id"), QualifiedName.of("product"),
                                List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(schema.table(QualifiedName.of("order_line"))).contains(expected);
    }

    @Test
    void shipmentsCompositeForeignKeyResolvesTheImplicitReferencedColumnsToThePrimaryKey() {
        Table expected = new Table(QualifiedName.of("shipment"), List.of(
                Column.of("line_no", "integer", true),
                Column.of("id", "bigint", false),
                Column.of("line_order_id", "bigint", true)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("shipment_line_fk", List.of("line_no", "line_order_id"),
                        QualifiedName.of("order_line"), List.of("line_no", "order_id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(schema.table(QualifiedName.of("shipment"))).contains(expected);
    }

    @Test
    void productCarriesEveryColumnKindConstraintAndComment() {
        Table expected = new Table(QualifiedName.of("product"), List.of(
                Column.of("price", "numeric(12,2)", true),
                Column.of("stock", "integer", false).withDefault("0"),
                Column.of("created_at", "timestamp(6) with time zone", false),
                Column.of("id", "bigint", false),
                Column.of("updated_at", "timestamp(6) with time zone", true),
                Column.of("external_id", "uuid", false),
                Column.of("status", "character varying(20)", false),
                Column.of("sku", "character varying(40)", false),
                Column.of("code", "character varying(10)", false).withDefault("'x'"),
                Column.of("name", "character varying(255)", false).withComment("Display name"),
                Column.of("attributes", "jsonb", true),
                Column.of("description", "oid", true),
                Column.of("ratings", "integer[]", true),
                Column.of("tags", "character varying(255)[]", true)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("product_sku_uk", List.of("sku")),
                        new UniqueConstraint("product_code_idx", List.of("code"))),
                List.of(new Index("product_name_idx",
                        List.of(IndexColumn.asc("name"), new IndexColumn("price", true)), false, null, null)),
                List.of(),
                List.of(new CheckConstraint(null, "(status in ('DRAFT','ACTIVE','RETIRED'))"),
                        new CheckConstraint("product_price_positive", "price >= 0")),
                "Things we sell");

        assertThat(schema.table(QualifiedName.of("product"))).contains(expected);
    }

    @Test
    void auditEntryLivesInItsOwnSchemaAndReferencesTheDefaultSchema() {
        Table expected = new Table(new QualifiedName("audit", "audit_entry"), List.of(
                Column.of("customer_id", "bigint", true),
                Column.of("id", "bigint", false),
                Column.of("message", "character varying(500)", false)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("fkgs8rs2bjkn4eii6pw41l5y9gl", List.of("customer_id"),
                        QualifiedName.of("customer"), List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(schema.table(new QualifiedName("audit", "audit_entry"))).contains(expected);
    }

    @Test
    void theSequenceGeneratorBecomesASequenceWithItsInitialValueAndAllocationSize() {
        assertThat(schema.sequences()).containsExactly(new Sequence(QualifiedName.of("product_seq"), 100, 50));
    }
}
