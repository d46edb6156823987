package io.wsmigrate.compare;

import static io.wsmigrate.compare.Fixtures.column;
import static io.wsmigrate.compare.Fixtures.foreignKey;
import static io.wsmigrate.compare.Fixtures.keyed;
import static io.wsmigrate.compare.Fixtures.required;
import static io.wsmigrate.compare.Fixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.ForeignKeyOperation;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.TableOperation;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Both peers die on a 1000-deep chain of foreign keys, and Alembic on the benchmark's 5000-deep one
 * (SIGSEGV); nothing here may recurse over the schema, and the operations must keep their order.
 */
class LargeSchemaTest {
    private static final int TABLES = 1000;
    private static final int DEEP = 5000;
    /** Far less stack than a recursive walk of a 1000-deep chain needs. */
    private static final long SMALL_STACK = 256 * 1024;

    private static SchemaModel chain(boolean withNote) {
        return chain(TABLES, withNote);
    }

    private static SchemaModel chain(int count, boolean withNote) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("t%04d", i);
            Table table = keyed(name, required("id", "bigint"), column("previous_id", "bigint"));
            if (withNote) {
                table = table.withColumns(List.of(required("id", "bigint"), column("previous_id", "bigint"),
                        column("note", "text")));
            }
            if (i > 0) {
                String previous = String.format("t%04d", i - 1);
                String constraint = name + "_previous_id_fkey";
                table = table.withForeignKeys(List.of(foreignKey(constraint, "previous_id", previous, "id")));
            }
            tables.add(table);
        }
        return new SchemaModel(tables, List.of());
    }

    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
        return result.get();
    }

    /** Where each operation of the plan stands, by what it creates, drops or adds. */
    private static Map<String, Integer> positions(MigrationPlan plan) {
        Map<String, Integer> positions = new HashMap<>();
        List<Operation> operations = plan.upgrade();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            if (operation instanceof TableOperation.CreateTable create) {
                positions.put("create " + create.table().name().name(), i);
            } else if (operation instanceof TableOperation.DropTable drop) {
                positions.put("drop " + drop.table().name().name(), i);
            } else if (operation instanceof ForeignKeyOperation.AddForeignKey add) {
                positions.put("add fk " + add.table().name(), i);
            } else if (operation instanceof ForeignKeyOperation.DropForeignKey drop) {
                positions.put("drop fk " + drop.table().name(), i);
            }
        }
        return positions;
    }

    @Test
    @Timeout(30)
    void thousandTableForeignKeyChainIsCreatedComparedAndDroppedWithoutRecursion() throws InterruptedException {
        SchemaModel model = chain(false);

        MigrationPlan create = onSmallStack(() -> Fixtures.compare(schema(), model).plan());
        assertThat(create.upgrade()).hasSize(TABLES + TABLES - 1);
        SchemaModel built = onSmallStack(() -> PlanApplier.upgrade(schema(), create));
        assertThat(Normalizer.normalize(built)).isEqualTo(Normalizer.normalize(model));

        assertThat(onSmallStack(() -> Fixtures.compare(model, model).isEmpty())).isTrue();
        MigrationPlan change = onSmallStack(() -> Fixtures.compare(model, chain(true)).plan());
        assertThat(change.upgrade()).hasSize(TABLES);

        MigrationPlan drop = onSmallStack(() -> Fixtures.compare(model, schema()).plan());
        assertThat(drop.upgrade()).hasSize(TABLES + TABLES - 1);
        assertThat(onSmallStack(() -> PlanApplier.upgrade(model, drop)).tables()).isEmpty();
    }

    @Test
    @Timeout(120)
    void fiveThousandDeepChainIsCreatedBeforeItsKeysAndDroppedAfterThem() throws InterruptedException {
        SchemaModel model = chain(DEEP, false);

        MigrationPlan create = onSmallStack(() -> Fixtures.compare(schema(), model).plan());
        assertThat(create.upgrade()).hasSize(DEEP + DEEP - 1);
        Map<String, Integer> created = positions(create);
        MigrationPlan drop = onSmallStack(() -> Fixtures.compare(model, schema()).plan());
        assertThat(drop.upgrade()).hasSize(DEEP + DEEP - 1);
        Map<String, Integer> dropped = positions(drop);
        for (int i = 1; i < DEEP; i++) {
            String table = String.format("t%04d", i);
            String previous = String.format("t%04d", i - 1);
            assertThat(created.get("add fk " + table)).as(table)
                    .isGreaterThan(created.get("create " + table)).isGreaterThan(created.get("create " + previous));
            assertThat(dropped.get("drop fk " + table)).as(table)
                    .isLessThan(dropped.get("drop " + table)).isLessThan(dropped.get("drop " + previous));
        }
        assertThat(onSmallStack(() -> Fixtures.compare(model, model).isEmpty())).isTrue();
    }
}
