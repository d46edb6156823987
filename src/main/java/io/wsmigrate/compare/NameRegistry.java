package io.wsmigrate.compare;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names taken in each schema, and PostgreSQL's choice of a free conventional name for an object
 * the model left unnamed. Like PostgreSQL, a name is kept unique within the whole schema (tables,
 * indexes and constraints share that space), adding 1, 2, ... to the label on a clash.
 */
final class NameRegistry {
    private final Map<String, Set<String>> taken = new HashMap<>();
    /** Names the model gives explicitly: they stay taken even when a database object of that name goes. */
    private final Map<String, Set<String>> pinned = new HashMap<>();

    /** Reserves a name of an existing database object; {@link #release} frees it when the object is dropped. */
    void reserve(String schema, String name) {
        if (name != null) {
            taken.computeIfAbsent(schema, s -> new HashSet<>()).add(name);
        }
    }

    void release(String schema, String name) {
        if (name != null && !pinned.getOrDefault(schema, Set.of()).contains(name)) {
            taken.computeIfAbsent(schema, s -> new HashSet<>()).remove(name);
        }
    }

    /** Reserves the names of an existing table and of its keys, constraints and indexes. */
    void reserveAll(Table table) {
        names(table).forEach(name -> reserve(table.name().schema(), name));
    }

    /** Reserves, for good, the names a model table gives itself and its objects. */
    void pinAll(Table table) {
        for (String name : names(table)) {
            reserve(table.name().schema(), name);
            pinned.computeIfAbsent(table.name().schema(), s -> new HashSet<>()).add(name);
        }
    }

    private static List<String> names(Table table) {
        List<String> names = new ArrayList<>();
        names.add(table.name().name());
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniqueConstraints().forEach(u -> names.add(u.name()));
        table.indexes().forEach(i -> names.add(i.name()));
        table.foreignKeys().forEach(f -> names.add(f.name()));
        table.checks().forEach(c -> names.add(c.name()));
        names.removeIf(java.util.Objects::isNull);
        return names;
    }

    PrimaryKey named(QualifiedName table, PrimaryKey key) {
        return key.name() != null ? key : key.withName(choose(table, null, "pkey"));
    }

    UniqueConstraint named(QualifiedName table, UniqueConstraint unique) {
        return unique.name() != null ? unique
                : unique.withName(choose(table, ConventionalNames.columnsAddition(unique.columns()), "key"));
    }

    Index named(Table table, Index index) {
        if (index.name() != null) {
            return index;
        }
        String name = choose(table.name(), ConventionalNames.columnsAddition(indexColumnNames(table, index)),
                index.unique() ? "key" : "idx");
        return index.withName(name);
    }

    ForeignKey named(QualifiedName table, ForeignKey key) {
        if (key.name() != null) {
            return key;
        }
        String name = choose(table, ConventionalNames.columnsAddition(key.columns()), "fkey");
        return key.withName(name);
    }

    /** {@code <table>_<column>_check} when the expression uses one column, else {@code <table>_check}. */
    CheckConstraint named(QualifiedName table, CheckConstraint check) {
        if (check.name() != null) {
            return check;
        }
        Set<String> columns = Normalizer.referencedColumns(check.expression());
        String column = columns.size() == 1 ? columns.iterator().next() : null;
        return new CheckConstraint(choose(table, column, "check"), check.expression());
    }

    /**
     * The table with every unnamed key, constraint and index given its conventional name. Objects
     * are named in the order of their structure and listed by name, so the result does not depend
     * on the order the model listed them in.
     */
    Table namedAll(Table table) {
        QualifiedName name = table.name();
        return table.withPrimaryKey(table.primaryKey() == null ? null : named(name, table.primaryKey()))
                .withUniqueConstraints(byName(ObjectKeys.sorted(table.uniqueConstraints(), ObjectKeys::unique).stream()
                        .map(u -> named(name, u)).toList(), UniqueConstraint::name))
                .withChecks(byName(ObjectKeys.sorted(table.checks(), ObjectKeys::check).stream()
                        .map(c -> named(name, c)).toList(), CheckConstraint::name))
                .withIndexes(byName(ObjectKeys.sorted(table.indexes(), i -> ObjectKeys.index(table, i)).stream()
                        .map(i -> named(table, i)).toList(), Index::name))
                .withForeignKeys(byName(ObjectKeys.sorted(table.foreignKeys(), ObjectKeys::foreignKey).stream()
                        .map(f -> named(name, f)).toList(), ForeignKey::name));
    }

    private static <T> List<T> byName(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(java.util.Comparator.comparing(name)).toList();
    }

    private String choose(QualifiedName table, String addition, String label) {
        Set<String> names = taken.computeIfAbsent(table.schema(), s -> new HashSet<>());
        String candidate = ConventionalNames.makeObjectName(table.name(), addition, label);
        for (int pass = 1; names.contains(candidate); pass++) {
            candidate = ConventionalNames.makeObjectName(table.name(), addition, label + pass);
        }
        names.add(candidate);
        return candidate;
    }

    /** PostgreSQL's {@code ChooseIndexColumnNames}: each key's name, made unique with a number. */
    private static List<String> indexColumnNames(Table table, Index index) {
        List<String> names = new ArrayList<>();
        for (IndexColumn column : index.columns()) {
            String base = ObjectKeys.isColumn(table, column.expression())
                    ? column.expression() : Normalizer.indexColumnName(column.expression());
            String name = base;
            for (int suffix = 1; names.contains(name); suffix++) {
                name = base + suffix;
            }
            names.add(name);
        }
        return names;
    }
}
