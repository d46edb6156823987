package io.wsmigrate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deferral in drift: the scripts' schema is read from a catalog, where a key without a deferral
 * is not deferrable, so a key made deferrable by hand is structural drift (while against the
 * entities, which cannot say "not deferrable" without saying it, the database's choice stands).
 */
class DeferralDriftTest {
    private static final QualifiedName PARENT = QualifiedName.of("parent");
    private static final QualifiedName CHILD = QualifiedName.of("child");

    private static SchemaModel schema(Deferral foreignKey, Deferral unique) {
        Table parent = Table.of(PARENT, List.of(Column.of("id", "bigint", false), Column.of("code", "text", true)))
                .withPrimaryKey(new PrimaryKey("parent_pkey", List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("parent_code_key", List.of("code"), unique)));
        Table child = Table.of(CHILD, List.of(Column.of("id", "bigint", false), Column.of("parent_id", "bigint", true)))
                .withPrimaryKey(new PrimaryKey("child_pkey", List.of("id")))
                .withForeignKeys(List.of(new ForeignKey("child_parent_fk", List.of("parent_id"), PARENT, List.of("id"),
                        null, null, foreignKey)));
        return new SchemaModel(List.of(parent, child), List.of());
    }

    @Test
    void aKeyMadeDeferrableByHandIsDriftAndTheSameDeferralIsNone() {
        SchemaModel scripts = schema(null, null);

        assertThat(DriftComparator.compare(schema(Deferral.DEFERRED, Deferral.IMMEDIATE), scripts))
                .extracting(Drift::describe).containsExactly(
                        "structure: the scripts' schema would need: drop unique constraint parent_code_key on parent",
                        "structure: the scripts' schema would need: add unique constraint on parent(code)",
                        "structure: the scripts' schema would need: alter deferral of foreign key child_parent_fk on"
                                + " child: deferrable initially deferred -> not deferrable");
        assertThat(DriftComparator.compare(schema(null, null), scripts)).isEmpty();
        assertThat(DriftComparator.compare(schema(Deferral.DEFERRED, null), schema(Deferral.DEFERRED, null)))
                .isEmpty();
    }

    @Test
    void againstTheEntitiesAnUnstatedDeferralIsTheDatabases() {
        assertThat(SchemaComparator.differences(schema(Deferral.DEFERRED, Deferral.IMMEDIATE), schema(null, null),
                CompareOptions.owningAll())).isEmpty();
        assertThat(SchemaComparator.differences(schema(Deferral.DEFERRED, null),
                schema(Deferral.NOT_DEFERRABLE, null), CompareOptions.owningAll())).containsExactly(
                "alter deferral of foreign key child_parent_fk on child: deferrable initially deferred"
                        + " -> not deferrable");
    }
}
