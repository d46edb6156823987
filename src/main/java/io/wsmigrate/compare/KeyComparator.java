package io.wsmigrate.compare;

import io.wsmigrate.ops.ConstraintOperation.AddCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.AddPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.DropUniqueConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.IndexOperation.CreateIndex;
import io.wsmigrate.ops.IndexOperation.DropIndex;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Primary key, unique constraints, indexes, checks and foreign keys of one table present on both
 * sides, matched by structure. A changed object is dropped and added again; what is dropped frees
 * its name before unnamed model objects are named, so a changed CHECK keeps PostgreSQL's name. An
 * unchanged object whose name the model chose otherwise is renamed ({@link KeyRenames}).
 */
final class KeyComparator {
    private final CompareContext context;
    private final Table current;
    private final Table target;
    private final QualifiedName table;
    private final List<Index> currentIndexes;
    private final KeyRenames renames;

    private KeyComparator(CompareContext context, Table current, Table target) {
        this.context = context;
        this.current = current;
        this.target = target;
        this.table = target.name();
        this.currentIndexes = new ArrayList<>(current.indexes());
        this.renames = new KeyRenames(context, table);
    }

    static void compare(CompareContext context, Table current, Table target) {
        new KeyComparator(context, current, target).compare();
    }

    private void compare() {
        boolean primaryKeyChanges = !Objects.equals(columns(current.primaryKey()), columns(target.primaryKey()))
                || current.primaryKey() != null && target.primaryKey() != null
                && Deferrals.differ(current.primaryKey().deferral(), target.primaryKey().deferral());
        List<UniqueConstraint> addedUniques = uniques();
        MultisetMatcher.Result<Index, Index> indexes = MultisetMatcher.match(currentIndexes, target.indexes(),
                i -> ObjectKeys.index(current, i), i -> ObjectKeys.index(target, i));
        MultisetMatcher.Result<CheckConstraint, CheckConstraint> checks = MultisetMatcher.match(current.checks(), target.checks(),
                ObjectKeys::check, ObjectKeys::check);
        List<ForeignKey> droppedForeignKeys = new ArrayList<>();
        List<ForeignKey> addedForeignKeys = new ArrayList<>();
        foreignKeys(droppedForeignKeys, addedForeignKeys);

        if (primaryKeyChanges && current.primaryKey() != null) {
            dropPrimaryKey(current.primaryKey());
        }
        indexes.onlyCurrent().forEach(this::dropIndex);
        checks.onlyCurrent().forEach(this::dropCheck);
        droppedForeignKeys.forEach(this::dropForeignKey);
        renames.indexes(indexes.matched(), Index::name);
        renames.constraints(checks.matched(), CheckConstraint::name);

        if (primaryKeyChanges && target.primaryKey() != null) {
            PrimaryKey key = context.names().named(table, target.primaryKey());
            context.plan().add(Phase.ADD_KEY, table, 0, key.name(), new AddPrimaryKey(table, key));
        }
        add(addedUniques, checks.onlyTarget(), indexes.onlyTarget(), addedForeignKeys);
    }

    /** Runs after every drop, so names freed by a dropped object can be chosen again. */
    private void add(List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<Index> indexes,
                     List<ForeignKey> foreignKeys) {
        NameRegistry names = context.names();
        for (UniqueConstraint unique : ObjectKeys.sorted(uniques, ObjectKeys::unique)) {
            UniqueConstraint named = names.named(table, unique);
            context.plan().add(Phase.ADD_KEY, table, 1, named.name(), new AddUniqueConstraint(table, named));
        }
        for (CheckConstraint check : ObjectKeys.sorted(checks, ObjectKeys::check)) {
            CheckConstraint named = names.named(table, check);
            context.plan().add(Phase.ADD_KEY, table, 1, named.name(), new AddCheckConstraint(table, named));
        }
        for (Index index : ObjectKeys.sorted(indexes, i -> ObjectKeys.index(target, i))) {
            Index named = names.named(target, index);
            boolean concurrently = context.options().concurrentIndexes();
            context.plan().add(Phase.ADD_KEY, table, 1, named.name(), new CreateIndex(table, named, concurrently));
        }
        for (ForeignKey key : ObjectKeys.sorted(foreignKeys, ObjectKeys::foreignKey)) {
            ForeignKey named = names.named(table, key);
            boolean notValid = context.options().notValidForeignKeys();
            context.plan().add(Phase.ADD_FOREIGN_KEY, table, 0, named.name(),
                    new AddForeignKey(table, named, notValid));
        }
    }

    /**
     * Unique constraints to add. A model constraint also matches a database unique index on the
     * same columns (what PostgreSQL would have built for it), which is then no longer compared as
     * an index; database constraints left over are dropped here.
     */
    private List<UniqueConstraint> uniques() {
        MultisetMatcher.Result<UniqueConstraint, UniqueConstraint> uniques = MultisetMatcher.match(
                current.uniqueConstraints(), target.uniqueConstraints(), KeyComparator::unique, KeyComparator::unique);
        List<UniqueConstraint> added = new ArrayList<>();
        for (UniqueConstraint unique : uniques.onlyTarget()) {
            boolean deferrable = Deferral.orDefault(unique.deferral()).deferrable();
            Index index = currentIndexes.stream()
                    .filter(i -> !deferrable && ObjectKeys.isPlainUniqueIndex(current, i, unique.columns()))
                    .findFirst().orElse(null);
            if (index == null) {
                added.add(unique);
            } else {
                currentIndexes.remove(index);
            }
        }
        renames.constraints(uniques.matched(), UniqueConstraint::name);
        for (UniqueConstraint unique : uniques.onlyCurrent()) {
            context.names().release(table.schema(), unique.name());
            context.keyDropped(table, unique.columns());
            context.plan().add(Phase.DROP_KEY, table, 0, unique.name(), new DropUniqueConstraint(table, unique));
        }
        return added;
    }

    /** Columns and deferral: a unique constraint that changes deferral is dropped and added again. */
    private static String unique(UniqueConstraint unique) {
        return ObjectKeys.unique(unique) + " " + Deferral.orDefault(unique.deferral());
    }

    /**
     * Foreign keys are matched by columns and referenced columns; a changed action is drop + add,
     * a changed deferral alone an {@code ALTER CONSTRAINT}.
     */
    private void foreignKeys(List<ForeignKey> dropped, List<ForeignKey> added) {
        MultisetMatcher.Result<ForeignKey, ForeignKey> keys = MultisetMatcher.match(current.foreignKeys(), target.foreignKeys(),
                ObjectKeys::foreignKey, ObjectKeys::foreignKey);
        dropped.addAll(keys.onlyCurrent());
        added.addAll(keys.onlyTarget());
        for (MultisetMatcher.Pair<ForeignKey, ForeignKey> pair : keys.matched()) {
            ForeignKey was = pair.current();
            ForeignKey wanted = pair.target();
            if (was.onDelete() != wanted.onDelete() || was.onUpdate() != wanted.onUpdate()) {
                dropped.add(was);
                added.add(wanted);
                continue;
            }
            if (KeyRenames.isRename(was.name(), wanted.name())) {
                context.foreignKeyRenamed(table, was, wanted.name());
            }
            if (Deferrals.differ(was.deferral(), wanted.deferral())) {
                context.foreignKeyDeferralChanged(table, was, wanted.deferral());
            }
        }
    }

    private void dropPrimaryKey(PrimaryKey key) {
        context.names().release(table.schema(), key.name());
        context.keyDropped(table, key.columns());
        context.plan().add(Phase.DROP_KEY, table, 1, key.name(), new DropPrimaryKey(table, key));
    }

    private void dropIndex(Index index) {
        context.names().release(table.schema(), index.name());
        if (index.unique() && index.predicate() == null) {
            List<String> columns = index.columns().stream().map(IndexColumn::expression).toList();
            context.keyDropped(table, columns);
        }
        context.plan().add(Phase.DROP_KEY, table, 0, index.name(), new DropIndex(table, index, false));
    }

    private void dropCheck(CheckConstraint check) {
        context.names().release(table.schema(), check.name());
        context.plan().add(Phase.DROP_KEY, table, 0, check.name(), new DropCheckConstraint(table, check));
    }

    private void dropForeignKey(ForeignKey key) {
        context.names().release(table.schema(), key.name());
        context.foreignKeyDropped(table, key);
        context.plan().add(Phase.DROP_FOREIGN_KEY, table, 0, key.name(), new DropForeignKey(table, key));
    }

    private static List<String> columns(PrimaryKey key) {
        return key == null ? null : key.columns();
    }
}
