package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.schema;
import static io.wsmigrate.compare.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.EnumTypeOperation.AlterEnumValues;
import io.wsmigrate.ops.EnumTypeOperation.CreateEnumType;
import io.wsmigrate.ops.EnumTypeOperation.DropEnumType;
import io.wsmigrate.ops.EnumTypeOperation.EnumColumn;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumChangesTest {
    private static final Column ID = Fixtures.required("id", "bigint");
    private static final EnumType MOOD = new EnumType(QualifiedName.of("mood"), List.of("HAPPY", "SAD"),
            List.of("character varying"));

    private static SchemaModel withEnums(SchemaModel schema, EnumType... types) {
        return schema.withEnumTypes(List.of(types));
    }

    @Test
    void aNewTypeComesBeforeTheTableThatUsesItAndGoesAfterIt() {
        Table person = keyed("person", ID, column("mood", "mood"));
        SchemaModel model = withEnums(schema(person), MOOD);

        assertThat(upgrade(schema(), model)).containsExactly(new CreateEnumType(MOOD), new CreateTable(person));
        assertThat(upgrade(model, schema())).containsExactly(
                new DropTable(person), new DropEnumType(MOOD));
        assertRoundTrip(schema(), model);
    }

    @Test
    void changedLabelsAreOneOperationCarryingTheColumnsThatUseTheType() {
        Table person = keyed("person", ID, column("mood", "mood"));
        EnumType calmer = new EnumType(MOOD.name(), List.of("CALM", "HAPPY", "SAD"), MOOD.implicitCasts());

        assertThat(upgrade(withEnums(schema(person), MOOD), withEnums(schema(person), calmer))).containsExactly(
                new AlterEnumValues(MOOD, calmer, List.of(new EnumColumn(person.name(), "mood",
                        person.column("mood").orElseThrow().type(), null))));
        assertRoundTrip(withEnums(schema(person), MOOD), withEnums(schema(person), calmer));
    }

    @Test
    void aTypeIsDroppedOnlyWhenOwnedAndNoColumnStillUsesIt() {
        Table person = keyed("person", ID, column("mood", "mood"));
        Table plain = keyed("person", ID);
        Table other = keyed("other_app", ID, column("mood", "mood"));

        assertThat(upgrade(withEnums(schema(person), MOOD), schema(plain)))
                .containsExactly(new DropColumn(person.name(), person.column("mood").orElseThrow()), new DropEnumType(MOOD));
        assertThat(upgrade(withEnums(schema(person), MOOD), schema(person)))
                .as("a column mapped with columnDefinition keeps the type").isEmpty();
        CompareOptions ownsPerson = CompareOptions.owning(name -> name.name().equals("person"));
        assertThat(SchemaComparator.compare(withEnums(schema(plain), MOOD), schema(plain), ownsPerson).isEmpty())
                .as("not owned").isTrue();
        assertThat(SchemaComparator.compare(withEnums(schema(plain, other), MOOD), schema(plain),
                CompareOptions.owning(name -> !name.name().equals("other_app"))).plan().upgrade())
                .as("used by a table the package does not own").isEmpty();
    }

    @Test
    void aColumnSwitchingToAnEnumIsATypeChangeAfterTheTypeExists() {
        Table before = keyed("issue", ID, column("status", "varchar(255)"));
        Table after = keyed("issue", ID, column("status", "status"));
        EnumType status = new EnumType(QualifiedName.of("status"), List.of("CLOSED", "OPEN"));

        assertThat(upgrade(schema(before), withEnums(schema(after), status))).first().isEqualTo(new CreateEnumType(status));
        assertThat(upgrade(schema(before), withEnums(schema(after), status))).doesNotContain(new AddColumn(after.name(),
                after.column("status").orElseThrow()));
        assertRoundTrip(schema(before), withEnums(schema(after), status));
    }
}
