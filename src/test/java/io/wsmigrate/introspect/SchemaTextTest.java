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
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTextTest {
    private static final QualifiedName ORDER = QualifiedName.of("order");
    private static final QualifiedName CUSTOMER = new QualifiedName("sales", "Customer");

    @Test
    void everyObjectIsOneSortedLineWithQuotedNames() {
        String text = SchemaText.describe(new SchemaModel(List.of(order(), customer()),
                List.of(new Sequence(QualifiedName.of("invoice_seq"), 1, 50))));

        assertThat(text).isEqualTo("""
                check public."order" positive_total (total > 0)
                column public."order".customer_id bigint not null
                column public."order".id bigint not null generated always as identity
                column public."order".note text null default ''::text comment 'line one\\nline two'
                column public."order".total numeric(10,2) null
                column sales."Customer"."Id" bigint not null
                foreign key public."order" order_customer_fk (customer_id) references sales."Customer" ("Id") on delete cascade on update no action
                index public."order" order_customer_idx using btree (customer_id)
                index public."order" order_total_idx unique using btree (total desc, lower(note)) where (total > 0)
                primary key public."order" order_pkey (id)
                primary key sales."Customer" "Customer_pkey" ("Id")
                sequence public.invoice_seq start 1 increment 50
                table public."order" comment 'it''s an order'
                table sales."Customer"
                unique public."order" order_note_key (note)
                """);
    }

    @Test
    void listOrderInsideATableDoesNotChangeTheText() {
        Table order = order();
        Table reordered = order.withIndexes(List.of(order.indexes().get(1), order.indexes().get(0)));

        assertThat(SchemaText.describe(new SchemaModel(List.of(reordered), List.of())))
                .isEqualTo(SchemaText.describe(new SchemaModel(List.of(order), List.of())));
    }

    @Test
    void aChangedDefaultChangesExactlyOneLine() {
        Table order = order();
        Table changed = order.withColumns(List.of(order.columns().get(0), order.columns().get(1),
                order.columns().get(2).withDefault("'x'::text"), order.columns().get(3)));

        List<String> before = SchemaText.describe(new SchemaModel(List.of(order), List.of())).lines().toList();
        List<String> after = SchemaText.describe(new SchemaModel(List.of(changed), List.of())).lines().toList();

        assertThat(after).hasSameSizeAs(before);
        assertThat(after).filteredOn(line -> !before.contains(line))
                .containsExactly("column public.\"order\".note text null default 'x'::text comment 'line one\\nline two'");
    }

    @Test
    void emptyModelIsAnEmptyText() {
        assertThat(SchemaText.describe(SchemaModel.EMPTY)).isEqualTo("\n");
    }

    private static Table order() {
        return new Table(ORDER, List.of(
                Column.of("id", "bigint", false).withIdentity(Identity.ALWAYS),
                Column.of("customer_id", "bigint", false),
                Column.of("note", "text", true).withDefault("''::text").withComment("line one\nline two"),
                Column.of("total", "numeric(10,2)", true)),
                new PrimaryKey("order_pkey", List.of("id")),
                List.of(new UniqueConstraint("order_note_key", List.of("note"))),
                List.of(new Index("order_total_idx", List.of(new IndexColumn("total", true), IndexColumn.asc("lower(note)")),
                        true, "(total > 0)", null),
                        Index.on("order_customer_idx", false, "customer_id")),
                List.of(new ForeignKey("order_customer_fk", List.of("customer_id"), CUSTOMER, List.of("Id"),
                        ReferentialAction.CASCADE, null)),
                List.of(new CheckConstraint("positive_total", "(total > 0)")),
                "it's an order");
    }

    private static Table customer() {
        return Table.of(CUSTOMER, List.of(Column.of("Id", "bigint", false)))
                .withPrimaryKey(new PrimaryKey("Customer_pkey", List.of("Id")));
    }
}
