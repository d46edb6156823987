package io.wsmigrate.compare;

import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.IndexOperation.RenameIndex;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Renames of indexes and constraints for a {@link PlanApplier}: the object must exist under its old
 * name and the new one must be free, as PostgreSQL demands. An index shares its schema's name space
 * with tables and other indexes; a constraint's name is unique in its table, and a primary or unique
 * key's name is also its index's.
 */
final class RenameApplier {
    private RenameApplier() {
    }

    static void apply(AppliedSchema schema, Table table, ConstraintOperation operation, String from, String to) {
        String space = table.name().schema();
        if (operation instanceof RenameIndex) {
            schema.require(table.indexes().stream().anyMatch(i -> from.equals(i.name())), "there is no index named " + from);
            schema.requireFreeRelationName(space, to);
            schema.put(table.withIndexes(renamed(table.indexes(), Index::name, Index::withName, from, to)));
            return;
        }
        PrimaryKey key = table.primaryKey();
        boolean isKey = key != null && from.equals(key.name());
        boolean isUnique = table.uniqueConstraints().stream().anyMatch(u -> from.equals(u.name()));
        boolean isOther = table.foreignKeys().stream().anyMatch(f -> from.equals(f.name()))
                || table.checks().stream().anyMatch(c -> from.equals(c.name()));
        schema.require(isKey || isUnique || isOther, "there is no constraint named " + from + " on " + table.name());
        schema.require(!constraintNames(table).contains(to), "the constraint name " + to + " is taken on " + table.name());
        if (isKey || isUnique) {
            schema.requireFreeRelationName(space, to);
        }
        schema.put(table.withPrimaryKey(isKey ? key.withName(to) : key)
                .withUniqueConstraints(renamed(table.uniqueConstraints(), UniqueConstraint::name,
                        UniqueConstraint::withName, from, to))
                .withForeignKeys(renamed(table.foreignKeys(), ForeignKey::name, ForeignKey::withName, from, to))
                .withChecks(renamed(table.checks(), CheckConstraint::name, CheckConstraint::withName, from, to)));
    }

    private static List<String> constraintNames(Table table) {
        List<String> names = new java.util.ArrayList<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniqueConstraints().forEach(u -> names.add(u.name()));
        table.foreignKeys().forEach(f -> names.add(f.name()));
        table.checks().forEach(c -> names.add(c.name()));
        return names;
    }

    private static <T> List<T> renamed(List<T> items, Function<T, String> name, BiFunction<T, String, T> withName,
                                       String from, String to) {
        return items.stream().map(i -> Objects.equals(name.apply(i), from) ? withName.apply(i, to) : i).toList();
    }
}
