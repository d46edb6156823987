package io.wsmigrate.compare;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Autogenerate's diff: what turns the {@code database} schema (read from pg_catalog) into the
 * {@code model} (built from the entities). Objects are matched by structure, after
 * {@link Normalizer normalization}; every loop is over sorted names and nothing recurses, so the
 * plan is deterministic and a long chain of foreign keys costs no more than a flat schema.
 */
public final class SchemaComparator {
    private SchemaComparator() {
    }

    public static CompareResult compare(SchemaModel database, SchemaModel model, CompareOptions options) {
        Map<QualifiedName, Table> modelTables = byName(model.tables());
        RenameHints hints = RenameHints.parse(options.renameHints(), byName(database.tables()), modelTables);
        Map<QualifiedName, Table> databaseBeforeRenames = byName(database.tables());
        Map<QualifiedName, Table> databaseTables = hints.apply(databaseBeforeRenames);
        SchemaModel placed = database.withDistributions(hints.applyToPlacements(database.distributions()));

        CompareContext context = new CompareContext(options,
                new KeyGenerators(database.sequences(), model.sequences()));
        hints.addOperations(context.plan());
        databaseTables.values().forEach(context.names()::reserveAll);
        modelTables.values().forEach(context.names()::pinAll);

        List<Table> added = new ArrayList<>();
        List<MultisetMatcher.Pair<Table, Table>> kept = new ArrayList<>();
        for (Table target : modelTables.values()) {
            Table current = databaseTables.get(target.name());
            if (current == null) {
                added.add(target);
                TableLifecycle.create(context, target);
            } else {
                kept.add(new MultisetMatcher.Pair<>(current, target));
                TableComparator.compare(context, current, Deferrals.kept(current, target));
            }
        }
        List<Table> removed = new ArrayList<>();
        List<Table> surviving = new ArrayList<>();
        for (Table current : databaseTables.values()) {
            boolean inModel = modelTables.containsKey(current.name());
            if (!inModel && options.owned().test(current.name())) {
                removed.add(current);
            } else {
                surviving.add(current);
            }
        }
        dropTables(context, removed, surviving);
        DependentForeignKeys.dropAndRestore(context, surviving, modelTables);
        DistributionComparator.compare(context, placed, model, modelTables, databaseTables, removed);
        KeyRenames.foreignKeys(context);
        Deferrals.alterForeignKeys(context);
        SequenceComparator.compare(context, database.sequences(), model.sequences(), databaseTables.values());
        EnumComparator.compare(context, database.enumTypes(), model.enumTypes(), new EnumComparator.Tables(
                databaseBeforeRenames.values(), databaseTables.values(), modelTables.values(),
                surviving.stream().filter(t -> !modelTables.containsKey(t.name())).toList()));
        CitusLinks links = CitusLinks.of(databaseTables.values(), placed.distributions(), modelTables.values(),
                model.distributions());
        return new CompareResult(CitusComments.keep(context.plan().build(), links, databaseTables),
                RenameCandidates.find(removed, added, kept));
    }

    /** The differences as a {@code check} command reports them: one line per operation. */
    public static List<String> differences(SchemaModel database, SchemaModel model, CompareOptions options) {
        return compare(database, model, options).differences();
    }

    private static void dropTables(CompareContext context, List<Table> removed, List<Table> surviving) {
        Map<QualifiedName, List<ReferencingKey>> references = ReferencingKey.byReferencedTable(surviving);
        for (Table table : removed) {
            TableLifecycle.drop(context, table, references.getOrDefault(table.name(), List.of()));
        }
    }

    /** The tables by name, key and identity columns NOT NULL as PostgreSQL makes them. */
    private static Map<QualifiedName, Table> byName(List<Table> tables) {
        Map<QualifiedName, Table> map = new TreeMap<>();
        for (Table table : tables) {
            map.put(table.name(), ModelNormalizer.implicitNotNull(table));
        }
        return map;
    }
}
