package io.wsmigrate.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A database schema as a plain value: tables, free-standing sequences and enum types, each sorted
 * by name so that everything derived from a model (diffs, rendered files) is deterministic.
 * {@code distributions} holds the Citus placement of the tables that are not plain local tables
 * (empty without Citus); a table it does not name is {@link Distribution#LOCAL}.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                          Map<QualifiedName, Distribution> distributions) {
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of(), List.of());

    public SchemaModel {
        tables = tables.stream().sorted().toList();
        sequences = sequences.stream().sorted().toList();
        enumTypes = enumTypes.stream().sorted().toList();
        TreeMap<QualifiedName, Distribution> placed = new TreeMap<>();
        (distributions == null ? Map.<QualifiedName, Distribution>of() : distributions)
                .forEach((name, distribution) -> {
                    if (!distribution.isLocal()) {
                        placed.put(name, distribution);
                    }
                });
        distributions = Collections.unmodifiableSortedMap(placed);
    }

    /** A schema whose tables are all local. */
    public SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
        this(tables, sequences, enumTypes, Map.of());
    }

    /** A schema without enum types. */
    public SchemaModel(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enumTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The Citus placement of the table: {@link Distribution#LOCAL} unless the model names another. */
    public Distribution distribution(QualifiedName table) {
        return distributions.getOrDefault(table, Distribution.LOCAL);
    }

    /** Only the tables (and sequences and enum types) whose names pass the filter. */
    public SchemaModel filter(Predicate<QualifiedName> keep) {
        Map<QualifiedName, Distribution> kept = new TreeMap<>();
        distributions.forEach((name, distribution) -> {
            if (keep.test(name)) {
                kept.put(name, distribution);
            }
        });
        return new SchemaModel(
                tables.stream().filter(t -> keep.test(t.name())).toList(),
                sequences.stream().filter(s -> keep.test(s.name())).toList(),
                enumTypes.stream().filter(e -> keep.test(e.name())).toList(), kept);
    }

    public SchemaModel withTables(Collection<Table> newTables) {
        return new SchemaModel(new ArrayList<>(newTables), sequences, enumTypes, distributions);
    }

    public SchemaModel withSequences(Collection<Sequence> newSequences) {
        return new SchemaModel(tables, new ArrayList<>(newSequences), enumTypes, distributions);
    }

    public SchemaModel withEnumTypes(Collection<EnumType> newEnumTypes) {
        return new SchemaModel(tables, sequences, new ArrayList<>(newEnumTypes), distributions);
    }

    public SchemaModel withDistributions(Map<QualifiedName, Distribution> newDistributions) {
        return new SchemaModel(tables, sequences, enumTypes, newDistributions);
    }
}
