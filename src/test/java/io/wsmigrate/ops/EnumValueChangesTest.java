package io.wsmigrate.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.EnumTypeOperation.AlterEnumValues;
import io.wsmigrate.ops.EnumValueChanges.Addition;
import io.wsmigrate.ops.EnumValueChanges.Kind;
import io.wsmigrate.ops.EnumValueChanges.Rename;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumValueChangesTest {
    @Test
    void newLabelsAnywhereWithTheOldOnesInOrderAreAdditionsPlacedAfterTheirPredecessor() {
        List<String> from = List.of("LOW", "HIGH");
        List<String> to = List.of("TRIVIAL", "LOW", "MEDIUM", "HIGH", "CRITICAL");

        assertThat(EnumValueChanges.kind(from, to)).isEqualTo(Kind.ADD);
        assertThat(EnumValueChanges.additions(from, to)).containsExactly(
                new Addition("TRIVIAL", "LOW", null),
                new Addition("MEDIUM", null, "LOW"),
                new Addition("CRITICAL", null, "HIGH"));
    }

    @Test
    void aNewLabelInAnEmptyTypeHasNoPlace() {
        assertThat(EnumValueChanges.additions(List.of(), List.of("A"))).containsExactly(new Addition("A", null, null));
    }

    @Test
    void labelsReplacedInPlaceByEntirelyNewOnesAreRenames() {
        List<String> from = List.of("SMALL", "MID", "LARGE", "XL");
        List<String> to = List.of("SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE");

        assertThat(EnumValueChanges.kind(from, to)).isEqualTo(Kind.RENAME);
        assertThat(EnumValueChanges.renames(from, to))
                .containsExactly(new Rename("MID", "MEDIUM"), new Rename("XL", "EXTRA_LARGE"));
    }

    @Test
    void removedOrReorderedLabelsOrASwapNeedARebuild() {
        assertThat(EnumValueChanges.kind(List.of("A", "B", "C"), List.of("A", "C"))).isEqualTo(Kind.REBUILD);
        assertThat(EnumValueChanges.kind(List.of("A", "B"), List.of("B", "A"))).isEqualTo(Kind.REBUILD);
        assertThat(EnumValueChanges.kind(List.of("A", "B", "C"), List.of("A", "C", "X"))).isEqualTo(Kind.REBUILD);
        assertThat(EnumValueChanges.removed(List.of("A", "B", "C"), List.of("A", "C"))).containsExactly("B");
    }

    @Test
    void theReverseOfAnAdditionIsARebuildAndReversingTwiceGivesTheOperationBack() {
        EnumType from = new EnumType(QualifiedName.of("mood"), List.of("SAD"));
        EnumType to = new EnumType(from.name(), List.of("HAPPY", "SAD"));
        AlterEnumValues add = new AlterEnumValues(from, to, List.of());

        assertThat(add.kind()).isEqualTo(Kind.ADD);
        assertThat(add.review()).isEmpty();
        assertThat(((AlterEnumValues) add.reverse()).kind()).isEqualTo(Kind.REBUILD);
        assertThat(add.reverse().review()).get().asString().contains("fails if a row holds a removed value ('HAPPY')");
        assertThat(add.reverse().reverse()).isEqualTo(add);
    }
}
