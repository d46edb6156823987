package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.check;
import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.index;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static List<Table> tables(Random random) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "t" + i;
            Table table = keyed(name, required("id", "bigint"), column("a", "text"), column("b", "integer"),
                    column("ref_id", "bigint"))
                    .withIndexes(shuffled(random, List.of(index(null, "a"), index(null, "b"), index(null, "a", "b"))))
                    .withUniqueConstraints(shuffled(random, List.of(unique(null, "a", "b"), unique(null, "ref_id"))))
                    .withChecks(shuffled(random, List.of(check(null, "b > 0"), check(null, "a <> ''"))))
                    .withForeignKeys(List.of(foreignKey(null, "ref_id", "t" + ((i + 7) % 20), "id")));
            tables.add(table);
        }
        return shuffled(random, tables);
    }

    private static <T> List<T> shuffled(Random random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    @Test
    void theSameSchemasInAnyInputOrderGiveTheSamePlan() {
        SchemaModel empty = new SchemaModel(List.of(), List.of());
        List<String> first = Fixtures.compare(empty, new SchemaModel(tables(new Random(1)), List.of()))
                .plan().upgrade().stream().map(Object::toString).toList();
        for (int seed = 2; seed < 6; seed++) {
            List<String> again = Fixtures.compare(empty, new SchemaModel(tables(new Random(seed)), List.of()))
                    .plan().upgrade().stream().map(Object::toString).toList();
            assertThat(again).isEqualTo(first);
        }
    }

    @Test
    void indexesOnOneTableAreDroppedAndCreatedInNameOrder() {
        Table before = keyed("t", required("id", "bigint"), column("a", "text"), column("b", "text"))
                .withIndexes(List.of(index("t_z_idx", "a"), index("t_m_idx", "b")));
        Table after = keyed("t", required("id", "bigint"), column("a", "text"), column("b", "text"))
                .withIndexes(List.of(index(null, "b", "a"), index(null, "a", "b")));
        assertThat(Fixtures.upgrade(Fixtures.schema(before), Fixtures.schema(after))).extracting(o -> o.describe())
                .containsExactly("drop index t_m_idx on t", "drop index t_z_idx on t",
                        "create index t_a_b_idx on t", "create index t_b_a_idx on t");
    }
}
