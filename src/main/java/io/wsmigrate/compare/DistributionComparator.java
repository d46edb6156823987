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
import java.util.function.Function;

/**
 * The Citus placement of each table against the model's. A new table is distributed right after it
 * is created, before its foreign keys; a table the model places differently is moved with its
 * foreign keys (and those pointing at it) dropped before and added after, as Citus requires. The
 * placements run reference tables first, then distributed tables, each after the table it is
 * colocated with; the steps of tables going away come first and in the opposite order, so that
 * the downgrade, which reverses the list, distributes them in the order Citus accepts.
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
        List<SetDistribution> going = new ArrayList<>();
        for (Table table : removed) {
            Distribution from = current.asModel(table.name());
            if (!from.isLocal()) {
                going.add(new SetDistribution(table.name(), from, Distribution.LOCAL, identityColumns(table), true));
            }
        }
        List<SetDistribution> placed = new ArrayList<>();
        for (Table target : modelTables.values()) {
            Distribution wanted = model.distribution(target.name());
            Table existing = databaseTables.get(target.name());
            if (existing == null) {
                if (!wanted.isLocal()) {
                    placed.add(new SetDistribution(target.name(), Distribution.LOCAL, wanted,
                            identityColumns(target), true));
                }
            } else if (!current.matches(target.name(), wanted, model.distributions())) {
                placed.add(new SetDistribution(target.name(), current.asModel(target.name()), wanted,
                        identityColumns(existing), false));
                moveForeignKeys(context, existing, databaseTables.values(), modelTables);
            }
        }
        List<Operation> ordered = new ArrayList<>();
        Map<QualifiedName, Distribution> before = new TreeMap<>();
        going.forEach(op -> before.put(op.table(), op.from()));
        going.sort(byDependency(SetDistribution::from, before).reversed());
        placed.sort(byDependency(SetDistribution::to, model.distributions()));
        ordered.addAll(going);
        ordered.addAll(placed);
        context.plan().addInOrder(Phase.DISTRIBUTE, ordered);
    }

    private static List<String> identityColumns(Table table) {
        return table.columns().stream().filter(c -> c.identity() != Identity.NONE).map(Column::name).toList();
    }

    /** Reference tables, then distributed tables by the length of their colocation chain, then by name. */
    private static Comparator<SetDistribution> byDependency(Function<SetDistribution, Distribution> placement,
                                                            Map<QualifiedName, Distribution> placements) {
        return Comparator.<SetDistribution>comparingInt(op -> Placements.depth(placement.apply(op), placements))
                .thenComparing(SetDistribution::table);
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
