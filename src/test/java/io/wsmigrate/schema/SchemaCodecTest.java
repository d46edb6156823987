package io.wsmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCodecTest {
    private static final QualifiedName ORDERS = new QualifiedName("shop", "orders");
    private static final QualifiedName CUSTOMER = new QualifiedName(null, "customer");

    /** A model that uses every kind of component: nulls, enums, nested lists, a map, longs. */
    static SchemaModel everyKind() {
        Table customer = Table.of(CUSTOMER, List.of(
                new Column("id", ColumnType.parse("bigint"), false, null, Identity.ALWAYS, "the key"),
                new Column("name", ColumnType.parse("varchar(80)"), true, "'none'::character varying",
                        Identity.NONE, null, null, "C"),
                new Column("tags", ColumnType.parse("text[]"), true, null, Identity.NONE, null),
                new Column("upper_name", ColumnType.parse("text"), true, null, Identity.NONE, null,
                        new GeneratedColumn("upper(name)", true))))
                .withPrimaryKey(new PrimaryKey("customer_pkey", List.of("id"), Deferral.NOT_DEFERRABLE))
                .withUniqueConstraints(List.of(new UniqueConstraint("customer_name_key", List.of("name"),
                        Deferral.DEFERRED)))
                .withIndexes(List.of(new Index("customer_lower_idx", List.of(new IndexColumn("lower(name)", true)),
                        false, "name IS NOT NULL", "btree", List.of("id"), true)))
                .withChecks(List.of(new CheckConstraint("customer_name_check", "length(name) > 0")))
                .withComment("people who order");
        Table orders = Table.of(ORDERS, List.of(new Column("customer_id", ColumnType.parse("bigint"), false, null,
                        Identity.NONE, null)))
                .withForeignKeys(List.of(new ForeignKey("orders_customer_fk", List.of("customer_id"), CUSTOMER,
                        List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, Deferral.IMMEDIATE)));
        return new SchemaModel(List.of(orders, customer),
                List.of(new Sequence(new QualifiedName("shop", "order_seq"), 1_000_000_000_000L, 50)),
                List.of(new EnumType(new QualifiedName(null, "status"), List.of("NEW", "PAID"), List.of())),
                Map.of(ORDERS, Distribution.distributed("customer_id", null), CUSTOMER, Distribution.reference(3)));
    }

    @Test
    void aModelReadsBackEqual() throws IOException {
        SchemaModel model = everyKind();
        byte[] bytes = SchemaCodec.encode(model);

        assertThat(SchemaCodec.decode(bytes)).isEqualTo(model);
        assertThat(SchemaCodec.roundTrips(model, bytes)).isTrue();
        assertThat(SchemaCodec.decode(SchemaCodec.encode(SchemaModel.EMPTY))).isEqualTo(SchemaModel.EMPTY);
    }

    @Test
    void otherBytesFailRatherThanGiveAModel() {
        byte[] bytes = SchemaCodec.encode(everyKind());

        assertThatThrownBy(() -> SchemaCodec.decode(Arrays.copyOf(bytes, bytes.length - 1))).isInstanceOf(IOException.class);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> SchemaCodec.decode(longer)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SchemaCodec.decode(new byte[] {7, 7, 7})).isInstanceOf(IOException.class);
        assertThat(SchemaCodec.roundTrips(SchemaModel.EMPTY, bytes)).isFalse();
    }
}
