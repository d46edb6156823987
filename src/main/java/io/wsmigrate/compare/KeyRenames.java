package io.wsmigrate.compare;

import io.wsmigrate.ops.ConstraintOperation.RenameConstraint;
import io.wsmigrate.ops.IndexOperation.RenameIndex;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Indexes and constraints present on both sides whose name the model chose and the database spells
 * differently, letter case included: each is renamed, never dropped and rebuilt. A name the model
 * leaves to PostgreSQL (none given) or to Hibernate (a hashed {@code FK...}, {@code UK...},
 * {@code IDX...}) is not a choice, so the database's name stays.
 */
final class KeyRenames {
    private final CompareContext context;
    private final QualifiedName table;

    KeyRenames(CompareContext context, QualifiedName table) {
        this.context = context;
        this.table = table;
    }

    <T> void indexes(List<MultisetMatcher.Pair<T, T>> pairs, Function<T, String> name) {
        renames(pairs, name, (from, to) -> new RenameIndex(table, from, to));
    }

    <T> void constraints(List<MultisetMatcher.Pair<T, T>> pairs, Function<T, String> name) {
        renames(pairs, name, (from, to) -> new RenameConstraint(table, from, to));
    }

    private <T> void renames(List<MultisetMatcher.Pair<T, T>> pairs, Function<T, String> name,
                             BiFunction<String, String, Operation> operation) {
        for (MultisetMatcher.Pair<T, T> pair : pairs) {
            String from = name.apply(pair.current());
            String to = name.apply(pair.target());
            if (isRename(from, to)) {
                rename(from, to, operation.apply(from, to));
            }
        }
    }

    static boolean isRename(String from, String to) {
        return from != null && to != null && !from.equals(to) && !ConventionalNames.isChosenByHibernate(to);
    }

    /** The foreign keys to rename, once the comparison knows which it drops and restores anyway. */
    static void foreignKeys(CompareContext context) {
        for (CompareContext.ForeignKeyRename rename : context.foreignKeyRenames()) {
            String from = rename.key().name();
            new KeyRenames(context, rename.table())
                    .rename(from, rename.to(), new RenameConstraint(rename.table(), from, rename.to()));
        }
    }

    private void rename(String from, String to, Operation operation) {
        context.names().release(table.schema(), from);
        context.names().reserve(table.schema(), to);
        context.plan().add(Phase.RENAME_KEY, table, 0, to, operation);
    }
}
