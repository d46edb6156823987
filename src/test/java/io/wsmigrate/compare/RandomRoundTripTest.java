package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.assertRoundTrip;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random pairs of schemas drawn from one pool of tables, columns and constraints: every plan must
 * apply (in the order PostgreSQL accepts), reach the model, and its downgrade must return to the start.
 */
class RandomRoundTripTest {
    private static final List<String> TABLES = List.of("a", "b", "c", "d", "e");
    private static final List<String> COLUMNS = List.of("c1", "c2", "c3", "c4");
    private static final List<String> TYPES = List.of("integer", "bigint", "varchar(20)", "text");
    private static final List<String> INT_DEFAULTS = List.of("0", "'1'::integer", "42");

    @Test
    void randomSchemaPairsRoundTripThroughUpgradeAndDowngrade() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            SchemaModel database = asCreated(randomSchema(random));
            SchemaModel model = randomSchema(random);
            assertRoundTrip(database, model);
        }
    }

    /** The schema as the database holds it once created: every object named. */
    private static SchemaModel asCreated(SchemaModel schema) {
        SchemaModel empty = new SchemaModel(List.of(), List.of());
        return PlanApplier.upgrade(empty, Fixtures.compare(empty, schema).plan());
    }

    private static SchemaModel randomSchema(Random random) {
        List<String> names = TABLES.stream().filter(t -> random.nextInt(4) > 0).toList();
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(randomTable(random, name, names));
        }
        List<Sequence> sequences = random.nextBoolean()
                ? List.of(new Sequence(QualifiedName.of("shared_seq"), 1, random.nextBoolean() ? 1 : 50)) : List.of();
        return new SchemaModel(tables, sequences);
    }

    private static Table randomTable(Random random, String name, List<String> tableNames) {
        List<Column> columns = new ArrayList<>(List.of(new Column("id", io.wsmigrate.schema.ColumnType.parse("bigint"),
                false, null, random.nextInt(3) == 0 ? Identity.BY_DEFAULT : Identity.NONE, null)));
        for (String column : COLUMNS) {
            if (random.nextInt(3) > 0) {
                columns.add(randomColumn(random, column));
            }
        }
        List<String> present = columns.stream().map(Column::name).filter(c -> !c.equals("id")).toList();
        boolean wideKey = !present.isEmpty() && random.nextInt(4) == 0;
        List<String> keyColumns = wideKey ? List.of("id", present.get(0)) : List.of("id");
        Table table = Table.of(QualifiedName.of(name), columns)
                .withPrimaryKey(new PrimaryKey(random.nextBoolean() ? null : name + "_pkey", keyColumns))
                .withComment(random.nextInt(4) == 0 ? "table " + name : null);
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (wideKey) {
            uniques.add(new UniqueConstraint(null, List.of("id")));
        }
        if (present.isEmpty()) {
            return table.withUniqueConstraints(uniques);
        }
        String some = present.get(random.nextInt(present.size()));
        if (random.nextBoolean()) {
            uniques.add(new UniqueConstraint(null, random.nextBoolean() ? List.of(some) : List.of(some, "id")));
        }
        List<Index> indexes = random.nextBoolean() ? List.of(new Index(null,
                List.of(new IndexColumn(present.get(0), random.nextBoolean())), false,
                random.nextBoolean() ? present.get(0) + " IS NOT NULL" : null, null)) : List.of();
        List<CheckConstraint> checks = random.nextBoolean()
                ? List.of(new CheckConstraint(null, some + (random.nextBoolean() ? " IS NOT NULL" : " <> ''")))
                : List.of();
        List<ForeignKey> keys = new ArrayList<>();
        if (random.nextBoolean()) {
            String target = tableNames.get(random.nextInt(tableNames.size()));
            keys.add(new ForeignKey(null, List.of("id"), QualifiedName.of(target), List.of("id"),
                    random.nextBoolean() ? ReferentialAction.CASCADE : ReferentialAction.NO_ACTION, null));
        }
        return table.withUniqueConstraints(uniques).withIndexes(indexes).withChecks(checks).withForeignKeys(keys);
    }

    private static Column randomColumn(Random random, String name) {
        String type = TYPES.get(random.nextInt(TYPES.size()));
        Column column = Column.of(name, type, random.nextBoolean());
        if (type.equals("integer") && random.nextBoolean()) {
            column = column.withDefault(INT_DEFAULTS.get(random.nextInt(INT_DEFAULTS.size())));
        }
        if (type.startsWith("varchar") && random.nextInt(3) == 0) {
            column = column.withDefault("'x'::character varying");
        }
        return random.nextInt(4) == 0 ? column.withComment("column " + name) : column;
    }
}
