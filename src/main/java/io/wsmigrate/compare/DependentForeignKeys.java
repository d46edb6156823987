package io.wsmigrate.compare;

import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign keys that did not change but point at a primary key or unique key that is dropped (to be
 * replaced): PostgreSQL refuses to drop a key that a foreign key depends on, so such foreign keys
 * are dropped first and added again once the new key exists, under the name and with the deferral
 * the model gives them.
 */
final class DependentForeignKeys {
    private DependentForeignKeys() {
    }

    static void dropAndRestore(CompareContext context, Collection<Table> survivingTables,
                               Map<QualifiedName, Table> model) {
        for (Table table : survivingTables) {
            for (ForeignKey key : table.foreignKeys()) {
                if (context.isForeignKeyDropped(table.name(), key)
                        || !context.isKeyDropped(key.referencedTable(), key.referencedColumns())) {
                    continue;
                }
                context.foreignKeyDropped(table.name(), key);
                context.plan().add(Phase.DROP_FOREIGN_KEY, table.name(), 0, key.name(),
                        new DropForeignKey(table.name(), key));
                Table referenced = model.get(key.referencedTable());
                if (referenced != null && hasKey(referenced, key.referencedColumns())) {
                    ForeignKey restored = key.withName(context.foreignKeyName(table.name(), key))
                            .withDeferral(context.foreignKeyDeferral(table.name(), key));
                    context.plan().add(Phase.ADD_FOREIGN_KEY, table.name(), 0, restored.name(),
                            new AddForeignKey(table.name(), restored, context.options().notValidForeignKeys()));
                }
            }
        }
    }

    /** True when the table has a primary key, unique constraint or unique index on exactly these columns. */
    private static boolean hasKey(Table table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        if (table.primaryKey() != null && Set.copyOf(table.primaryKey().columns()).equals(wanted)) {
            return true;
        }
        if (table.uniqueConstraints().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(wanted))) {
            return true;
        }
        for (Index index : table.indexes()) {
            if (index.unique() && index.predicate() == null && index.columns().size() == wanted.size()
                    && index.columns().stream().allMatch(c -> !c.descending() && wanted.contains(c.expression()))) {
                return true;
            }
        }
        return false;
    }
}
