package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The project's naming settings decide the names, exactly as the application's Hibernate would. */
class NamingTest {
    @Test
    void camelCaseToUnderscoresPhysicalNamingSplitsCamelCaseNames() {
        try (EntityModel model = Fixtures.shop(Map.of("hibernate.physical_naming_strategy", Fixtures.CAMEL_CASE_NAMING))) {
            Table customer = model.schema().table(QualifiedName.of("customer")).orElseThrow();

            assertThat(customer.columns()).extracting(Column::name)
                    .containsExactly("id", "referred_by_id", "last_name", "email", "first_name");
            assertThat(customer.foreignKeys()).extracting(ForeignKey::columns).containsExactly(java.util.List.of("referred_by_id"));
        }
    }

    @Test
    void defaultNamingKeepsCamelCaseWhichPostgresqlFoldsToLowerCase() {
        try (EntityModel model = Fixtures.shop(Map.of())) {
            Table customer = model.schema().table(QualifiedName.of("customer")).orElseThrow();

            assertThat(customer.columns()).extracting(Column::name)
                    .containsExactly("id", "referredby_id", "last_name", "email", "firstname");
        }
    }

    @Test
    void theImplicitNamingStrategyDecidesJoinColumnNames() {
        try (EntityModel model = Fixtures.shop(Map.of("hibernate.implicit_naming_strategy",
                "org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyHbmImpl"))) {
            Table customer = model.schema().table(QualifiedName.of("customer")).orElseThrow();

            assertThat(customer.columns()).extracting(Column::name).contains("referredby").doesNotContain("referredby_id");
        }
    }

    @Test
    void globallyQuotedIdentifiersKeepTheirCaseAndColumnDefinitionsStayReadable() {
        try (EntityModel model = Fixtures.shop(Map.of("hibernate.globally_quoted_identifiers", "true"))) {
            assertThat(model.tableNames()).contains(QualifiedName.of("Customer"), QualifiedName.of("Shipment"),
                    QualifiedName.of("order"), new QualifiedName("audit", "audit_entry"));
            Table customer = model.schema().table(QualifiedName.of("Customer")).orElseThrow();
            assertThat(customer.columns()).extracting(Column::name)
                    .containsExactly("id", "referredBy_id", "last_name", "email", "firstName");
            assertThat(customer.foreignKeys()).singleElement().satisfies(key -> {
                assertThat(key.name()).startsWith("FK");
                assertThat(key.referencedTable()).isEqualTo(QualifiedName.of("Customer"));
            });

            Table product = model.schema().table(QualifiedName.of("product")).orElseThrow();
            assertThat(product.column("code")).contains(Column.of("code", "character varying(10)", false).withDefault("'x'"));
            assertThat(product.indexes()).extracting(Index::name).containsExactly("product_name_idx");
            assertThat(product.uniqueConstraints()).extracting(UniqueConstraint::name)
                    .containsExactly("product_sku_uk", "product_code_idx");
            assertThat(product.checks()).extracting(check -> check.expression())
                    .contains("(\"status\" in ('DRAFT','ACTIVE','RETIRED'))");
        }
    }

    @Test
    void theDefaultSchemaSettingPlacesUnqualifiedTablesAndSequences() {
        try (EntityModel model = Fixtures.shop(Map.of("hibernate.default_schema", "shop"))) {
            assertThat(model.tableNames()).contains(new QualifiedName("shop", "customer"),
                    new QualifiedName("audit", "audit_entry"));
            assertThat(model.schema().sequences()).extracting(s -> s.name())
                    .containsExactly(new QualifiedName("shop", "product_seq"));
            Table order = model.schema().table(new QualifiedName("shop", "order")).orElseThrow();
            assertThat(order.foreignKeys()).extracting(ForeignKey::referencedTable)
                    .containsExactly(new QualifiedName("shop", "customer"));
        }
    }
}
