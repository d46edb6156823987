package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.SequenceOperation.AlterSequence;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.SequenceOperation.DropSequence;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import org.junit.jupiter.api.Test;

class SequenceOperationsTest {
    static final Sequence OFFER_SEQ = new Sequence(QualifiedName.of("offer_seq"), 1, 50);
    static final Sequence OTHER_SEQ = new Sequence(new QualifiedName("Shop", "Order_Seq"), 1000, 1);

    @Test
    void createSequenceWithStartAndIncrement() throws Exception {
        try (Db db = Db.fresh()) {
            db.execute("CREATE SCHEMA \"Shop\"");
            db.roundTrip(new CreateSequence(OFFER_SEQ), () -> assertThat(db.rows(
                    "SELECT start_value, increment_by FROM pg_sequences WHERE sequencename = 'offer_seq'"))
                    .containsExactly(java.util.List.of("1", "50")));
            db.roundTrip(new CreateSequence(OTHER_SEQ), () -> assertThat(db.value(
                    "SELECT nextval('\"Shop\".\"Order_Seq\"')")).isEqualTo("1000"));
        }
    }

    @Test
    void dropSequenceAndItsReverse() throws Exception {
        try (Db db = Db.fresh()) {
            db.execute("CREATE SEQUENCE offer_seq START WITH 1 INCREMENT BY 50");
            db.roundTrip(new DropSequence(OFFER_SEQ),
                    () -> assertThat(db.value("SELECT to_regclass('offer_seq')")).isNull());
        }
    }

    @Test
    void alterSequenceChangesTheIncrementAndTheStartButNotTheCurrentValue() throws Exception {
        AlterSequence alter = new AlterSequence(OFFER_SEQ, new Sequence(OFFER_SEQ.name(), 1000, 10));
        try (Db db = Db.fresh()) {
            db.execute("CREATE SEQUENCE offer_seq START WITH 1 INCREMENT BY 50");
            db.execute("SELECT nextval('offer_seq')");
            db.roundTrip(alter, () -> {
                assertThat(db.rows("SELECT start_value, increment_by, last_value FROM pg_sequences"
                        + " WHERE sequencename = 'offer_seq'")).containsExactly(java.util.List.of("1000", "10", "1"));
                assertThat(db.value("SELECT nextval('offer_seq')")).isEqualTo("11");
            });
        }
        assertThat(ChangeRenderer.render(new AlterSequence(OFFER_SEQ, new Sequence(OFFER_SEQ.name(), 9, 50))))
                .containsExactly(ChangeEntry.sql("ALTER SEQUENCE offer_seq START WITH 9"));
        assertThat(ChangeRenderer.render(new AlterSequence(OFFER_SEQ, OFFER_SEQ))).isEmpty();
    }
}
