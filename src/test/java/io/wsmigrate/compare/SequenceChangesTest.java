package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.serial;
import static io.wsmigrate.compare.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.SequenceOperation.AlterSequence;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.SequenceOperation.DropSequence;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceChangesTest {
    private static final Sequence ORDER_SEQ = new Sequence(QualifiedName.of("order_seq"), 1, 50);

    @Test
    void sequencesAreCreatedAndDropped() {
        SchemaModel with = schema(List.of(), ORDER_SEQ);
        assertThat(upgrade(schema(), with)).containsExactly(new CreateSequence(ORDER_SEQ));
        assertThat(upgrade(with, schema())).containsExactly(new DropSequence(ORDER_SEQ));
        assertRoundTrip(schema(), with);
    }

    @Test
    void incrementAndStartChangesAreAlters() {
        Sequence smaller = new Sequence(ORDER_SEQ.name(), 1, 1);
        Sequence later = new Sequence(ORDER_SEQ.name(), 1000, 50);
        assertThat(upgrade(schema(List.of(), ORDER_SEQ), schema(List.of(), smaller)))
                .containsExactly(new AlterSequence(ORDER_SEQ, smaller));
        assertThat(upgrade(schema(List.of(), ORDER_SEQ), schema(List.of(), later)))
                .containsExactly(new AlterSequence(ORDER_SEQ, later));
        assertThat(new AlterSequence(ORDER_SEQ, later).describe()).isEqualTo("alter sequence order_seq start 1 -> 1000");
        assertThat(upgrade(schema(List.of(), ORDER_SEQ), schema(List.of(), ORDER_SEQ))).isEmpty();
        // Hibernate's default start chooses none: a database's own start is left alone
        Sequence jhipster = new Sequence(ORDER_SEQ.name(), 1050, 50);
        assertThat(upgrade(schema(List.of(), jhipster), schema(List.of(), ORDER_SEQ))).isEmpty();
        assertRoundTrip(schema(List.of(), ORDER_SEQ), schema(List.of(), smaller));
        assertRoundTrip(schema(List.of(), ORDER_SEQ), schema(List.of(), later));
    }

    @Test
    void unownedSequencesAreNeverDropped() {
        CompareOptions options = CompareOptions.owning(n -> false);
        assertThat(SchemaComparator.compare(schema(List.of(), ORDER_SEQ), schema(), options).isEmpty()).isTrue();
    }

    @Test
    void aSequenceThatASerialColumnDrawsFromIsNotDroppedOnItsOwn() {
        Sequence serialSequence = new Sequence(QualifiedName.of("item_id_seq"), 1, 1);
        SchemaModel database = schema(List.of(keyed("item", serial("item", "id", "bigint"))), serialSequence);
        SchemaModel model = schema(keyed("item", serial("item", "id", "bigint")));
        assertThat(upgrade(database, model)).isEmpty();
    }
}
