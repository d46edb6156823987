package io.wsmigrate.compare;

import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.ConstraintOperation.AddCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.AddPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.DropUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.RenameConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.AlterForeignKeyDeferral;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.IndexOperation.CreateIndex;
import io.wsmigrate.ops.IndexOperation.DropIndex;
import io.wsmigrate.ops.IndexOperation.RenameIndex;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Key, constraint and index operations of a {@link PlanApplier}; drops find their object by name. */
final class ConstraintApplier {
    private ConstraintApplier() {
    }

    static void apply(AppliedSchema schema, ConstraintOperation operation) {
        Table table = schema.table(operation.table());
        String space = table.name().schema();
        if (operation instanceof AddPrimaryKey add) {
            schema.require(table.primaryKey() == null, "table " + table.name() + " has a primary key");
            schema.requireFreeRelationName(space, add.primaryKey().name());
            add.primaryKey().columns().forEach(c -> schema.column(table, c));
            Table keyed = table.withPrimaryKey(add.primaryKey());
            schema.put(keyed.withColumns(keyed.columns().stream()
                    .map(c -> TableApplier.identityImpliesNotNull(keyed, c)).toList()));
        } else if (operation instanceof DropPrimaryKey drop) {
            PrimaryKey existing = table.primaryKey();
            schema.require(existing != null && existing.columns().equals(drop.primaryKey().columns()),
                    "table " + table.name() + " has no such primary key");
            schema.requireNoForeignKeyOn(table.name(), drop.primaryKey().columns());
            schema.put(table.withPrimaryKey(null));
        } else if (operation instanceof AddUniqueConstraint add) {
            schema.requireFreeRelationName(space, add.constraint().name());
            add.constraint().columns().forEach(c -> schema.column(table, c));
            schema.put(table.withUniqueConstraints(plus(table.uniqueConstraints(), add.constraint())));
        } else if (operation instanceof DropUniqueConstraint drop) {
            schema.require(table.uniqueConstraints().contains(drop.constraint()), "no such unique constraint");
            schema.requireNoForeignKeyOn(table.name(), drop.constraint().columns());
            schema.put(table.withUniqueConstraints(minus(table.uniqueConstraints(), drop.constraint())));
        } else if (operation instanceof CreateIndex create) {
            schema.requireFreeRelationName(space, create.index().name());
            create.index().columns().forEach(c -> TableApplier.requireIndexColumn(schema, table, c));
            schema.requireColumns(table, create.index().predicate());
            schema.put(table.withIndexes(plus(table.indexes(), create.index())));
        } else if (operation instanceof DropIndex drop) {
            dropIndex(schema, table, drop.index());
        } else if (operation instanceof RenameIndex rename) {
            RenameApplier.apply(schema, table, rename, rename.from(), rename.to());
        } else if (operation instanceof AlterForeignKeyDeferral alter) {
            ForeignKey existing = find(table.foreignKeys(), ForeignKey::name, alter.name(), schema, "foreign key");
            schema.require(Deferral.orDefault(existing.deferral()) == alter.from(),
                    "foreign key " + alter.name() + " is not " + alter.from());
            schema.put(table.withForeignKeys(table.foreignKeys().stream()
                    .map(f -> f == existing ? f.withDeferral(alter.to()) : f).toList()));
        } else if (operation instanceof RenameConstraint rename) {
            RenameApplier.apply(schema, table, rename, rename.from(), rename.to());
        } else {
            foreignKeysAndChecks(schema, table, operation);
        }
    }

    private static void dropIndex(AppliedSchema schema, Table table, Index index) {
        Index existing = find(table.indexes(), Index::name, index.name(), schema, "index");
        schema.require(ObjectKeys.index(table, existing).equals(ObjectKeys.index(table, index)),
                "index " + index.name() + " differs from the one dropped");
        if (existing.unique() && existing.predicate() == null) {
            List<String> columns = existing.columns().stream().map(IndexColumn::expression).toList();
            schema.requireNoForeignKeyOn(table.name(), columns);
        }
        schema.put(table.withIndexes(minus(table.indexes(), existing)));
    }

    private static void foreignKeysAndChecks(AppliedSchema schema, Table table, ConstraintOperation operation) {
        if (operation instanceof AddForeignKey add) {
            ForeignKey key = add.foreignKey();
            boolean taken = table.foreignKeys().stream().anyMatch(f -> Objects.equals(key.name(), f.name()));
            schema.require(key.name() != null && !taken, "foreign keys need distinct names");
            key.columns().forEach(c -> schema.column(table, c));
            Table referenced = key.referencedTable().equals(table.name()) ? table : schema.table(key.referencedTable());
            key.referencedColumns().forEach(c -> schema.column(referenced, c));
            schema.require(key.columns().size() == key.referencedColumns().size(), "column counts differ");
            schema.require(schema.hasKey(referenced, key.referencedColumns()),
                    "no primary or unique key on " + referenced.name() + key.referencedColumns());
            schema.put(table.withForeignKeys(plus(table.foreignKeys(), key)));
        } else if (operation instanceof DropForeignKey drop) {
            ForeignKey existing = find(table.foreignKeys(), ForeignKey::name, drop.foreignKey().name(), schema,
                    "foreign key");
            schema.require(existing.equals(drop.foreignKey()),
                    "foreign key " + existing.name() + " differs from the one dropped");
            schema.put(table.withForeignKeys(minus(table.foreignKeys(), existing)));
        } else if (operation instanceof AddCheckConstraint add) {
            boolean taken = table.checks().stream().anyMatch(c -> Objects.equals(add.check().name(), c.name()));
            schema.require(add.check().name() != null && !taken, "checks need distinct names");
            schema.requireColumns(table, add.check().expression());
            schema.put(table.withChecks(plus(table.checks(), add.check())));
        } else {
            DropCheckConstraint drop = (DropCheckConstraint) operation;
            var existing = find(table.checks(), c -> c.name(), drop.check().name(), schema, "check constraint");
            schema.require(Objects.equals(ObjectKeys.check(existing), ObjectKeys.check(drop.check())),
                    "check " + existing.name() + " differs from the one dropped");
            schema.put(table.withChecks(minus(table.checks(), existing)));
        }
    }

    private static <T> T find(List<T> items, Function<T, String> name, String wanted, AppliedSchema schema,
                              String kind) {
        return items.stream().filter(i -> Objects.equals(name.apply(i), wanted)).findFirst()
                .orElseThrow(() -> schema.fail("there is no " + kind + " named " + wanted));
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> out = new ArrayList<>(items);
        out.add(item);
        return out;
    }

    private static <T> List<T> minus(List<T> items, T item) {
        List<T> out = new ArrayList<>(items);
        out.remove(item);
        return out;
    }
}
