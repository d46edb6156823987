package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.identity;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.name;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.serial;
import static io.wsmigrate.compare.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ColumnNumbering.SerialToIdentity;
import io.wsmigrate.ops.ColumnNumbering.SerialToPlain;
import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.ops.ColumnOperation.AlterColumnNullability;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.SequenceOperation.DropSequence;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnChangesTest {
    private static final QualifiedName ITEM = name("item");

    private static SchemaModel item(Column... columns) {
        Column[] all = new Column[columns.length + 1];
        all[0] = required("id", "bigint");
        System.arraycopy(columns, 0, all, 1, columns.length);
        return schema(keyed("item", all));
    }

    @Test
    void addedColumnsKeepTheModelsOrder() {
        Column price = column("price", "numeric(10,2)");
        Column amount = column("amount", "integer");
        assertThat(upgrade(item(), item(price, amount)))
                .containsExactly(new AddColumn(ITEM, price), new AddColumn(ITEM, amount));
        assertRoundTrip(item(), item(price, amount));
    }

    @Test
    void removedColumnsAreDroppedAfterEverythingElseWithTheirFullDefinition() {
        Column note = column("note", "text").withDefault("''::text").withComment("free text");
        Column size = required("size", "integer");
        assertThat(upgrade(item(note, size), item()))
                .containsExactly(new DropColumn(ITEM, note), new DropColumn(ITEM, size));
        assertRoundTrip(item(note, size), item());
    }

    @Test
    void typeChangeIsAnAlterAndTextToNumberGetsAUsingCast() {
        assertThat(upgrade(item(column("code", "varchar(10)")), item(column("code", "varchar(20)"))))
                .containsExactly(new AlterColumnType(ITEM, "code", ColumnType.parse("varchar(10)"),
                        ColumnType.parse("varchar(20)"), null));
        assertThat(upgrade(item(column("code", "varchar(10)")), item(column("code", "integer"))))
                .containsExactly(new AlterColumnType(ITEM, "code", ColumnType.parse("varchar(10)"),
                        ColumnType.parse("integer"), "code::integer"));
        assertRoundTrip(item(column("code", "varchar(10)")), item(column("code", "integer")));
    }

    @Test
    void typeAliasesAreNoChange() {
        assertThat(upgrade(item(column("at", "timestamp(6) without time zone"), column("n", "int4")),
                item(column("at", "timestamp(6)"), column("n", "integer")))).isEmpty();
    }

    @Test
    void aPrecisionIsADifferenceEvenWhereItEqualsTheStoredResolution() {
        assertThat(upgrade(item(column("at", "timestamptz")), item(column("at", "timestamp(6) with time zone"))))
                .containsExactly(new AlterColumnType(ITEM, "at", ColumnType.parse("timestamp with time zone"),
                        ColumnType.parse("timestamp(6) with time zone"), null));
        assertThat(upgrade(item(column("t", "time(6)")), item(column("t", "time")))).hasSize(1);
        assertThat(upgrade(item(column("b", "bit")), item(column("b", "bit(1)")))).isEmpty();
        assertThat(upgrade(item(column("n", "numeric(10,0)")), item(column("n", "decimal(10)")))).isEmpty();
    }

    @Test
    void nullabilityChangesBothWays() {
        assertThat(upgrade(item(column("name", "text")), item(required("name", "text"))))
                .containsExactly(new AlterColumnNullability(ITEM, "name", ColumnType.parse("text"), false));
        assertThat(upgrade(item(required("name", "text")), item(column("name", "text"))))
                .containsExactly(new AlterColumnNullability(ITEM, "name", ColumnType.parse("text"), true));
        assertRoundTrip(item(column("name", "text")), item(required("name", "text")));
    }

    @Test
    void defaultsAreSetChangedAndDropped() {
        Column plain = column("state", "varchar(10)");
        Column withDefault = plain.withDefault("'NEW'");
        Column otherDefault = plain.withDefault("'OPEN'");
        ColumnType type = plain.type();
        assertThat(upgrade(item(plain), item(withDefault)))
                .containsExactly(new AlterColumnDefault(ITEM, "state", type, null, "'NEW'"));
        assertThat(upgrade(item(withDefault.withDefault("'NEW'::character varying")), item(otherDefault)))
                .containsExactly(new AlterColumnDefault(ITEM, "state", type, "'NEW'::character varying", "'OPEN'"));
        assertThat(upgrade(item(withDefault), item(plain)))
                .containsExactly(new AlterColumnDefault(ITEM, "state", type, "'NEW'", null));
        assertRoundTrip(item(withDefault), item(otherDefault));
    }

    @Test
    void equivalentDefaultSpellingsAreNoChange() {
        assertThat(upgrade(
                item(column("created", "timestamptz").withDefault("CURRENT_TIMESTAMP"),
                        column("active", "boolean").withDefault("true"),
                        column("qty", "numeric(10,2)").withDefault("'0'::numeric"),
                        column("label", "varchar(20)").withDefault("'abc'::character varying"),
                        column("nothing", "text").withDefault("NULL::text")),
                item(column("created", "timestamptz").withDefault("now()"),
                        column("active", "boolean").withDefault("'true'::boolean"),
                        column("qty", "numeric(10,2)").withDefault("0"),
                        column("label", "varchar(20)").withDefault("'abc'"),
                        column("nothing", "text")))).isEmpty();
    }

    @Test
    void defaultThatCannotSurviveATypeChangeIsDroppedBeforeAndSetAfterIt() {
        Column before = column("code", "varchar(10)").withDefault("'1'::character varying");
        Column after = column("code", "integer").withDefault("2");
        assertThat(upgrade(item(before), item(after))).containsExactly(
                new AlterColumnDefault(ITEM, "code", before.type(), "'1'::character varying", null),
                new AlterColumnType(ITEM, "code", before.type(), after.type(), "code::integer"),
                new AlterColumnDefault(ITEM, "code", after.type(), null, "2"));
        assertRoundTrip(item(before), item(after));
    }

    @Test
    void aDefaultThatReadsTheSameIsSetAgainAfterATypeChangeSoItIsStoredForTheNewType() {
        Column before = column("code", "varchar(10)").withDefault("'x'::character varying");
        Column after = column("code", "text").withDefault("'x'");
        assertThat(upgrade(item(before), item(after))).containsExactly(
                new AlterColumnDefault(ITEM, "code", before.type(), "'x'::character varying", null),
                new AlterColumnType(ITEM, "code", before.type(), after.type(), null),
                new AlterColumnDefault(ITEM, "code", after.type(), null, "'x'"));
        assertRoundTrip(item(before), item(after));
    }

    @Test
    void addingAnIdentityFirstSetsNotNullAndDropsTheDefault() {
        Column before = column("number", "bigint").withDefault("0");
        Column after = identity("number", "bigint");
        assertThat(upgrade(item(before), item(after))).containsExactly(
                new AlterColumnNullability(ITEM, "number", after.type(), false),
                new AlterColumnDefault(ITEM, "number", after.type(), "0", null),
                new AlterColumnIdentity(ITEM, "number", Identity.NONE, Identity.BY_DEFAULT));
        assertRoundTrip(item(before), item(after));
    }

    @Test
    void removingAnIdentityComesBeforeTheNewDefaultAndNullability() {
        Column before = identity("number", "bigint");
        Column after = column("number", "bigint").withDefault("0");
        assertThat(upgrade(item(before), item(after))).containsExactly(
                new AlterColumnIdentity(ITEM, "number", Identity.BY_DEFAULT, Identity.NONE),
                new AlterColumnDefault(ITEM, "number", after.type(), null, "0"),
                new AlterColumnNullability(ITEM, "number", after.type(), true));
        assertRoundTrip(item(before), item(after));
    }

    @Test
    void identityKindChangeIsOneAlter() {
        Column always = identity("number", "bigint").withIdentity(Identity.ALWAYS);
        assertThat(upgrade(item(identity("number", "bigint")), item(always)))
                .containsExactly(new AlterColumnIdentity(ITEM, "number", Identity.BY_DEFAULT, Identity.ALWAYS));
    }

    @Test
    void serialColumnAndIdentityColumnAreDifferentAndSwitchInOneOperationEitherWay() {
        Column serial = serial("item", "id", "integer");
        SchemaModel serialItem = schema(keyed("item", serial));
        SchemaModel identityItem = schema(keyed("item", identity("id", "bigint")));
        SerialToIdentity toIdentity = new SerialToIdentity(ITEM, "id", serial.type(), name("item_id_seq"),
                serial.defaultExpression(), Identity.BY_DEFAULT);
        assertThat(upgrade(serialItem, identityItem)).containsExactly(toIdentity,
                new AlterColumnType(ITEM, "id", serial.type(), ColumnType.parse("bigint"), null));
        assertRoundTrip(serialItem, identityItem);
        assertThat(upgrade(schema(keyed("item", identity("id", "integer"))), serialItem))
                .containsExactly(toIdentity.reverse());
        assertRoundTrip(identityItem, serialItem);
    }

    @Test
    void anIdentityThatReplacesHibernatesTableSequenceTakesItsValueOverAndTheSequenceGoesLast() {
        Sequence itemSeq = new Sequence(name("item_seq"), 1, 50);
        SchemaModel database = new SchemaModel(List.of(keyed("item", required("id", "bigint"))), List.of(itemSeq));
        SchemaModel model = schema(keyed("item", identity("id", "bigint")));
        assertThat(upgrade(database, model)).containsExactly(
                new AlterColumnIdentity(ITEM, "id", Identity.NONE, Identity.BY_DEFAULT, name("item_seq")),
                new DropSequence(itemSeq));
        assertRoundTrip(database, model);
        assertThat(upgrade(model, database)).first()
                .isEqualTo(new CreateSequence(itemSeq));
    }

    @Test
    void aNextvalDefaultOnAFreeSequenceIsADefaultNotASerial() {
        Column shared = column("id", "bigint").withDefault("nextval('shared_seq'::regclass)");
        SchemaModel database = new SchemaModel(List.of(keyed("item", shared)),
                List.of(new Sequence(name("shared_seq"), 1, 1)));
        SchemaModel model = new SchemaModel(List.of(keyed("item", identity("id", "bigint"))),
                List.of(new Sequence(name("shared_seq"), 1, 1)));
        assertThat(upgrade(database, model)).containsExactly(
                new AlterColumnDefault(ITEM, "id", shared.type(), shared.defaultExpression(), null),
                new AlterColumnIdentity(ITEM, "id", Identity.NONE, Identity.BY_DEFAULT));
    }

    @Test
    void serialDefaultsOnTheSameSequenceMatchButNotOnAnother() {
        Column live = serial("item", "id", "bigint");
        Column sameSequence = live.withDefault("nextval('public.item_id_seq')");
        Column otherSequence = live.withDefault("nextval('item_seq')");
        assertThat(upgrade(schema(keyed("item", live)), schema(keyed("item", sameSequence)))).isEmpty();
        assertThat(upgrade(schema(keyed("item", live)), schema(keyed("item", otherSequence))))
                .extracting(o -> o.describe()).containsExactly("set default of item.id");
    }

    @Test
    void serialColumnAgainstAPlainColumnLosesItsDefaultAndItsSequence() {
        Column live = serial("item", "id", "bigint");
        SchemaModel plain = schema(keyed("item", required("id", "bigint")));
        assertThat(upgrade(schema(keyed("item", live)), plain)).containsExactly(new SerialToPlain(ITEM, "id",
                live.type(), name("item_id_seq"), live.defaultExpression(), null));
        assertRoundTrip(schema(keyed("item", live)), plain);
    }

    @Test
    void columnCommentsAreSetAndRemoved() {
        Column plain = column("name", "text");
        assertThat(upgrade(item(plain), item(plain.withComment("display name"))))
                .containsExactly(new SetColumnComment(ITEM, "name", null, "display name"));
        assertRoundTrip(item(plain.withComment("old")), item(plain));
    }

    @Test
    void severalChangesToOneColumnComeTogetherAndColumnsInNameOrder() {
        SchemaModel before = item(column("b", "integer"), column("a", "integer"));
        SchemaModel after = item(required("b", "bigint"), required("a", "integer").withComment("A"));
        assertThat(upgrade(before, after)).extracting(o -> o.describe()).containsExactly(
                "set NOT NULL on item.a", "set comment on column item.a",
                "alter type of item.b: integer -> bigint", "set NOT NULL on item.b");
        assertRoundTrip(before, after);
    }

    @Test
    void primaryKeyAndIdentityColumnsAreNotNullEvenWhenTheModelForgetsToSayIt() {
        SchemaModel model = schema(keyed("item", column("id", "bigint"), column("number", "bigint")
                .withIdentity(Identity.BY_DEFAULT)));
        SchemaModel database = schema(keyed("item", required("id", "bigint"), identity("number", "bigint")));
        assertThat(upgrade(database, model)).isEmpty();
    }
}
