package io.wsmigrate.compare;

import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Citus placement of each table against the model's. A new table is distributed right after it
 * is created, before its foreign keys; a table the model places differently is moved with its
 * foreign keys (and those pointing at it) dropped before and added after, as Citus requires. The
 * placements run reference tables first, then distributed tables, each after the table it is
 * colocated with; the steps of tables going away come first and in the opposite order, so that
 * the downgrade, which reverses the list, distributes them in the order Citus accepts. The
 * downgrade puts each moved or dropped table back into the colocation group it had
 * ({@link Placements#restorable}).
 */
final class DistributionComparator {
    private DistributionComparator() {
    }

    static void compare(CompareContext context, SchemaModel database, SchemaModel model,
                        Map<QualifiedName, Table> modelTables, Map<QualifiedName, Table> databaseTables,
                        Collection<Table> removed) {
        if (database.distributions().isEmpty() && model.distributions().isEmpty()) {
            return;
        }
        Placements current = Placements.of(database.distributions());
        // by name, last first: a dropped group's first table by name anchors it again in the downgrade
        Map<QualifiedName, Table> going = new TreeMap<>(Comparator.reverseOrder());
        removed.stream().filter(t -> !current.of(t.name()).isLocal()).forEach(t -> going.put(t.name(), t));
        List<Table> placed = new ArrayList<>();
        for (Table target : modelTables.values()) {
            Table existing = databaseTables.get(target.name());
            Distribution wanted = model.distribution(target.name());
            if (existing == null ? !wanted.isLocal() : !current.matches(target.name(), wanted, model.distributions())) {
                placed.add(existing == null ? target : existing);
            }
        }
        placed.sort(Comparator.<Table>comparingInt(t -> Placements.depth(model.distribution(t.name()),
                model.distributions())).thenComparing(Table::name));
        List<QualifiedName> moving = new ArrayList<>(going.keySet());
        placed.stream().map(Table::name).filter(databaseTables::containsKey).forEach(moving::add);
        Map<QualifiedName, Distribution> before = current.restorable(moving);
        List<SetDistribution> dropped = new ArrayList<>();
        going.forEach((name, table) -> dropped.add(new SetDistribution(name, before.get(name), Distribution.LOCAL,
                identityColumns(table), true)));
        dropped.sort(Comparator.<SetDistribution>comparingInt(op -> Placements.depth(op.from(), before))
                .thenComparing(SetDistribution::table).reversed());
        List<Operation> ordered = new ArrayList<>(dropped);
        for (Table table : placed) {
            boolean created = !databaseTables.containsKey(table.name());
            ordered.add(new SetDistribution(table.name(), created ? Distribution.LOCAL : before.get(table.name()),
                    model.distribution(table.name()), identityColumns(table), created));
            if (!created) {
                moveForeignKeys(context, table, databaseTables.values(), modelTables);
            }
        }
        context.plan().addInOrder(Phase.DISTRIBUTE, ordered);
    }

    private static List<String> identityColumns(Table table) {
        return table.columns().stream().filter(c -> c.identity() != Identity.NONE).map(Column::name).toList();
    }

    /**
     * Citus moves a table only without foreign keys to or from it: those that stay are dropped
     * before and added again after, under the names and deferral the model gives them.
     */
    private static void moveForeignKeys(CompareContext context, Table table, Collection<Table> databaseTables,
                                        Map<QualifiedName, Table> modelTables) {
        for (Table holder : databaseTables) {
            for (ForeignKey key : holder.foreignKeys()) {
                boolean touches = holder.name().equals(table.name()) || key.referencedTable().equals(table.name());
                if (!touches || context.isForeignKeyDropped(holder.name(), key)) {
                    continue;
                }
                context.foreignKeyDropped(holder.name(), key);
                context.plan().add(Phase.DROP_FOREIGN_KEY, holder.name(), 0, key.name(),
                        new DropForeignKey(holder.name(), key));
                if (modelTables.containsKey(holder.name()) && modelTables.containsKey(key.referencedTable())) {
                    ForeignKey restored = key.withName(context.foreignKeyName(holder.name(), key))
                            .withDeferral(context.foreignKeyDeferral(holder.name(), key));
                    context.plan().add(Phase.ADD_FOREIGN_KEY, holder.name(), 0, restored.name(),
                            new AddForeignKey(holder.name(), restored, context.options().notValidForeignKeys()));
                }
            }
        }
    }
}
