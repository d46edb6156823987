package io.wsmigrate.compare;

import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.IndexOperation;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Drift: how a database differs from the schema its own scripts create, names included. Unlike
 * {@link SchemaComparator}, which ignores the names of keys, constraints and indexes because the
 * entities seldom choose them, drift compares them too: a later revision drops or alters an object
 * by name, and must find it under that name on every database. Only the objects the scripts create
 * are compared; whatever else the database holds is not drift (it is not the package's).
 */
public final class DriftComparator {
    private DriftComparator() {
    }

    /**
     * Every structural difference first (as the change the database would need), then every Citus
     * placement (as the step that would place the table as the scripts do), then every name.
     */
    public static List<Drift> compare(SchemaModel database, SchemaModel scripts) {
        Set<QualifiedName> scripted = new HashSet<>();
        scripts.tables().forEach(t -> scripted.add(t.name()));
        scripts.sequences().forEach(s -> scripted.add(s.name()));
        scripts.enumTypes().forEach(e -> scripted.add(e.name()));
        SchemaModel scoped = database.filter(scripted::contains);
        List<Drift> drifts = new ArrayList<>();
        SchemaModel stated = Deferrals.stated(scripts);
        // placements are compared below, as groups: a catalog's colocation is group numbers, not names
        SchemaModel unplaced = scoped.withDistributions(Map.of());
        for (Operation op : SchemaComparator.compare(unplaced, stated.withDistributions(Map.of()),
                CompareOptions.owningAll()).plan().upgrade()) {
            // a rename to a name the scripts chose is name drift, reported below with both names
            if (!(op instanceof IndexOperation.RenameIndex || op instanceof ConstraintOperation.RenameConstraint)) {
                drifts.add(Drift.structure(op.target(), op.describe()));
            }
        }
        Map<QualifiedName, Table> databaseTables = new TreeMap<>();
        scoped.tables().forEach(t -> databaseTables.put(t.name(), t));
        drifts.addAll(PlacementDrift.compare(scoped.distributions(), scripts.distributions(),
                scripts.tables().stream().map(Table::name).filter(databaseTables::containsKey).toList()));
        for (Table target : scripts.tables()) {
            Table current = databaseTables.get(target.name());
            if (current != null) {
                names(current, target, drifts);
            }
        }
        return List.copyOf(drifts);
    }

    private static void names(Table current, Table target, List<Drift> drifts) {
        QualifiedName table = target.name();
        if (current.primaryKey() != null && target.primaryKey() != null
                && current.primaryKey().columns().equals(target.primaryKey().columns())) {
            compareNames(table, "primary key", current.primaryKey().name(), target.primaryKey().name(), drifts);
        }
        List<Index> currentIndexes = new ArrayList<>(current.indexes());
        MultisetMatcher.Result<UniqueConstraint, UniqueConstraint> uniques = MultisetMatcher.match(current.uniqueConstraints(),
                target.uniqueConstraints(), ObjectKeys::unique, ObjectKeys::unique);
        uniques.matched().forEach(p -> compareNames(table, "unique constraint " + columns(p.target().columns()),
                p.current().name(), p.target().name(), drifts));
        for (UniqueConstraint unique : uniques.onlyTarget()) {
            currentIndexes.stream().filter(i -> ObjectKeys.isPlainUniqueIndex(current, i, unique.columns()))
                    .findFirst().ifPresent(index -> {
                        currentIndexes.remove(index);
                        drifts.add(new Drift(Drift.Kind.UNIQUE_INDEX, table, "unique constraint", index.name(),
                                unique.name(), null));
                    });
        }
        matched(currentIndexes, target.indexes(), i -> ObjectKeys.index(current, i), i -> ObjectKeys.index(target, i),
                table, i -> "index " + ObjectKeys.index(target, i), Index::name, drifts);
        matched(current.foreignKeys(), target.foreignKeys(), DriftComparator::foreignKey, DriftComparator::foreignKey,
                table, f -> "foreign key " + columns(f.columns()) + " -> " + f.referencedTable(), ForeignKey::name,
                drifts);
        matched(current.checks(), target.checks(), ObjectKeys::check, ObjectKeys::check,
                table, c -> "check constraint (" + c.expression() + ")", c -> c.name(), drifts);
    }

    private static <T> void matched(List<T> current, List<T> target, Function<T, String> currentKey,
                                    Function<T, String> targetKey, QualifiedName table, Function<T, String> kind,
                                    Function<T, String> name, List<Drift> drifts) {
        for (MultisetMatcher.Pair<T, T> pair : MultisetMatcher.match(current, target, currentKey, targetKey).matched()) {
            compareNames(table, kind.apply(pair.target()), name.apply(pair.current()), name.apply(pair.target()),
                    drifts);
        }
    }

    private static void compareNames(QualifiedName table, String kind, String databaseName, String scriptsName,
                                     List<Drift> drifts) {
        if (databaseName != null && scriptsName != null && !Objects.equals(databaseName, scriptsName)) {
            drifts.add(Drift.name(table, kind, databaseName, scriptsName));
        }
    }

    private static String foreignKey(ForeignKey key) {
        return ObjectKeys.foreignKey(key) + " " + key.onDelete() + " " + key.onUpdate();
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
