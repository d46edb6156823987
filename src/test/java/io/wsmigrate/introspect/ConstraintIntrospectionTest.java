package io.wsmigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Keys, foreign keys, checks and indexes of {@code catalog-fixture.sql}, table by table. */
@Tag(TestPostgres.COMPAT_TAG)
class ConstraintIntrospectionTest {
    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");
    private static final QualifiedName ORDER = QualifiedName.of("order");
    private static SchemaModel model;

    @BeforeAll
    static void introspectFixture() throws SQLException {
        model = CatalogFixture.introspect(IntrospectOptions.defaults());
    }

    @Test
    void customerHasUnnamedUniqueEnumStyleCheckPartialAndExpressionIndexes() {
        Table expected = new Table(CUSTOMER, List.of(
                Column.of("id", "bigint", false).withIdentity(Identity.ALWAYS),
                Column.of("email", "varchar(255)", false).withComment("Login, unique"),
                Column.of("name", "text", true),
                Column.of("status", "varchar(1)", false).withDefault("'A'::character varying"),
                Column.of("active", "boolean", false).withDefault("true")),
                new PrimaryKey("customer_pkey", List.of("id")),
                List.of(new UniqueConstraint("customer_email_key", List.of("email"))),
                List.of(new Index("customer_active_email_idx", List.of(IndexColumn.asc("email")), false, "active", "btree"),
                        new Index("customer_lower_email_idx", List.of(IndexColumn.asc("lower(email::text)")),
                                false, null, "btree")),
                List.of(),
                List.of(new CheckConstraint("customer_status_check",
                        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))")),
                "People who buy");

        assertThat(model.table(CUSTOMER)).contains(expected);
    }

    @Test
    void orderHasCascadingForeignKeyDescendingMultiColumnIndexAndNamedCheck() {
        Table expected = new Table(ORDER, List.of(
                Column.of("id", "bigint", false).withIdentity(Identity.BY_DEFAULT),
                Column.of("customer_id", "bigint", false),
                Column.of("created_at", "timestamp with time zone", false)),
                new PrimaryKey("order_pkey", List.of("id")), List.of(),
                List.of(new Index("order_customer_created_idx",
                        List.of(IndexColumn.asc("customer_id"), new IndexColumn("created_at", true)), false, null, "btree")),
                List.of(new ForeignKey("order_customer_id_fkey", List.of("customer_id"), CUSTOMER, List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(new CheckConstraint("order_created_at_check", "(created_at > '2000-01-01'::date)")),
                null);

        assertThat(model.table(ORDER)).contains(expected);
    }

    @Test
    void orderLineHasCompositeKeyNamedUniqueNotValidCheckAndIncludeColumnsApart() {
        Table expected = new Table(QualifiedName.of("order_line"), List.of(
                Column.of("order_id", "bigint", false),
                Column.of("line_no", "integer", false),
                Column.of("sku", "varchar(40)", false),
                Column.of("quantity", "integer", false)),
                new PrimaryKey("order_line_pkey", List.of("order_id", "line_no")),
                List.of(new UniqueConstraint("order_line_sku_once", List.of("order_id", "sku"))),
                List.of(new Index("order_line_sku_idx", List.of(IndexColumn.asc("sku")), false, null, null,
                        List.of("quantity"), false)),
                List.of(new ForeignKey("order_line_order_id_fkey", List.of("order_id"), ORDER, List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(new CheckConstraint("positive_quantity", "(quantity > 0)"),
                        new CheckConstraint("sku_not_blank", "((sku)::text <> ''::text)")),
                null);

        assertThat(model.table(QualifiedName.of("order_line"))).contains(expected);
    }

    @Test
    void checkExpressionIsWhatConstraintdefPrintsInsideCheckWithoutSuffixes() throws SQLException {
        Map<String, String> definitions = new HashMap<>();
        try (Connection connection = TestPostgres.connect(CatalogFixture.database());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c'")) {
            while (rows.next()) {
                definitions.put(rows.getString(1), rows.getString(2));
            }
        }
        List<CheckConstraint> checks = model.tables().stream().flatMap(table -> table.checks().stream()).toList();

        assertThat(checks).hasSize(4).allSatisfy(check -> assertThat(definitions.get(check.name()))
                .isIn("CHECK (" + check.expression() + ")", "CHECK (" + check.expression() + ") NOT VALID"));
        assertThat(definitions).containsEntry("sku_not_blank", "CHECK (((sku)::text <> ''::text)) NOT VALID");
    }

    @Test
    void selfReferencingForeignKeySetsNullOnDelete() {
        QualifiedName category = QualifiedName.of("category");
        Table expected = new Table(category, List.of(
                Column.of("id", "integer", false).withIdentity(Identity.BY_DEFAULT),
                Column.of("parent_id", "integer", true),
                Column.of("name", "text", false)),
                new PrimaryKey("category_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("category_parent_id_fkey", List.of("parent_id"), category, List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(model.table(category)).contains(expected);
    }

    @Test
    void mixedCaseForeignKeyAndDescendingIndexKeepTheirQuotedNames() {
        QualifiedName mixedCase = QualifiedName.of("MixedCase");
        Table expected = new Table(mixedCase, List.of(
                Column.of("Id", "integer", false),
                Column.of("UserId", "bigint", false)),
                new PrimaryKey("MixedCase_pkey", List.of("Id")), List.of(),
                List.of(new Index("MixedCase_UserId_Idx", List.of(new IndexColumn("UserId", true)), false, null, "btree")),
                List.of(new ForeignKey("MixedCase_User_FK", List.of("UserId"), QualifiedName.of("user"), List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(model.table(mixedCase)).contains(expected);
    }

    @Test
    void crossSchemaAndCompositeForeignKeysNameTheReferencedSchema() {
        QualifiedName invoice = new QualifiedName("sales", "invoice");
        Table expectedInvoice = new Table(invoice, List.of(
                Column.of("id", "integer", false),
                Column.of("year", "integer", false),
                Column.of("customer_id", "bigint", true)),
                new PrimaryKey("invoice_pkey", List.of("year", "id")), List.of(), List.of(),
                List.of(new ForeignKey("invoice_customer_id_fkey", List.of("customer_id"), CUSTOMER, List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.CASCADE)),
                List.of(), null);
        Table expectedNote = new Table(new QualifiedName("sales", "invoice_note"), List.of(
                Column.of("invoice_year", "integer", false),
                Column.of("invoice_id", "integer", false),
                Column.of("body", "text", false)),
                null, List.of(), List.of(),
                List.of(new ForeignKey("invoice_note_invoice_fk", List.of("invoice_year", "invoice_id"), invoice,
                        List.of("year", "id"), ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION)),
                List.of(), null);

        assertThat(model.table(invoice)).contains(expectedInvoice);
        assertThat(model.table(expectedNote.name())).contains(expectedNote);
    }

    @Test
    void partitionedTableIsReadOnceAndAForeignKeyToItIsNotRepeatedPerPartition() {
        QualifiedName event = QualifiedName.of("event");
        Table expectedEvent = new Table(event, List.of(
                Column.of("id", "bigint", false),
                Column.of("at", "date", false)),
                new PrimaryKey("event_pkey", List.of("id", "at")), List.of(), List.of(), List.of(), List.of(), null);
        Table expectedTag = Table.of(QualifiedName.of("event_tag"), List.of(
                Column.of("event_id", "bigint", false),
                Column.of("event_at", "date", false),
                Column.of("tag", "text", false)))
                .withForeignKeys(List.of(new ForeignKey("event_tag_event_fk", List.of("event_id", "event_at"), event,
                        List.of("id", "at"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)));

        assertThat(model.table(event)).contains(expectedEvent);
        assertThat(model.table(QualifiedName.of("event_tag"))).contains(expectedTag);
        assertThat(model.table(QualifiedName.of("event_2024"))).isEmpty();
    }
}
