package io.wsmigrate.compare;

import io.wsmigrate.ops.ForeignKeyOperation.AlterForeignKeyDeferral;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Deferrable keys. What the entities do not say about a constraint's deferral (Hibernate writes it
 * only where {@code options} or a {@code foreignKeyDefinition} spells it, and never for a primary
 * key) is the database's: the model's constraint takes the deferral of the database's constraint of
 * the same shape, so it is neither reported nor lost when the constraint is dropped and added again.
 */
final class Deferrals {
    private Deferrals() {
    }

    /** The model's table with every unsaid deferral taken from the database's table. */
    static Table kept(Table current, Table target) {
        PrimaryKey key = target.primaryKey();
        if (key != null && key.deferral() == null && current.primaryKey() != null) {
            key = key.withDeferral(current.primaryKey().deferral());
        }
        return target.withPrimaryKey(key)
                .withUniqueConstraints(filled(current.uniqueConstraints(), target.uniqueConstraints(),
                        ObjectKeys::unique, UniqueConstraint::deferral, UniqueConstraint::withDeferral))
                .withForeignKeys(filled(current.foreignKeys(), target.foreignKeys(),
                        ObjectKeys::foreignKey, ForeignKey::deferral, ForeignKey::withDeferral));
    }

    /**
     * A model read from a catalog (the schema the scripts create) with every deferral stated: there
     * null means not deferrable, not "no opinion", so a key made deferrable by hand is drift.
     */
    static SchemaModel stated(SchemaModel model) {
        return model.withTables(model.tables().stream().map(table -> table
                .withPrimaryKey(table.primaryKey() == null ? null
                        : table.primaryKey().withDeferral(Deferral.orDefault(table.primaryKey().deferral())))
                .withUniqueConstraints(table.uniqueConstraints().stream()
                        .map(u -> u.withDeferral(Deferral.orDefault(u.deferral()))).toList())
                .withForeignKeys(table.foreignKeys().stream()
                        .map(f -> f.withDeferral(Deferral.orDefault(f.deferral()))).toList()))
                .toList());
    }

    /** True when the two sides want the constraint checked differently. */
    static boolean differ(Deferral current, Deferral target) {
        return Deferral.orDefault(current) != Deferral.orDefault(target);
    }

    /** {@code ALTER CONSTRAINT} for the foreign keys whose deferral alone changes, once renames are known. */
    static void alterForeignKeys(CompareContext context) {
        for (CompareContext.ForeignKeyDeferral change : context.foreignKeyDeferrals()) {
            String name = context.foreignKeyNameAfterRenames(change.table(), change.key());
            context.plan().add(Phase.ADD_FOREIGN_KEY, change.table(), 1, name,
                    new AlterForeignKeyDeferral(change.table(), name, change.key().deferral(), change.to()));
        }
    }

    private static <T> List<T> filled(List<T> current, List<T> target, Function<T, String> key,
                                      Function<T, Deferral> deferral, BiFunction<T, Deferral, T> withDeferral) {
        MultisetMatcher.Result<T, T> matched = MultisetMatcher.match(current, target, key, key);
        return target.stream().map(item -> {
            if (deferral.apply(item) != null) {
                return item;
            }
            return matched.matched().stream().filter(pair -> pair.target() == item).findFirst()
                    .map(pair -> withDeferral.apply(item, deferral.apply(pair.current()))).orElse(item);
        }).toList();
    }
}
