package io.wsmigrate.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A database schema as a plain value: tables, free-standing sequences and enum types, each sorted
 * by name so that everything derived from a model (diffs, rendered files) is deterministic.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of(), List.of());

    public SchemaModel {
        tables = tables.stream().sorted().toList();
        sequences = sequences.stream().sorted().toList();
        enumTypes = enumTypes.stream().sorted().toList();
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

    /** Only the tables (and sequences and enum types) whose names pass the filter. */
    public SchemaModel filter(Predicate<QualifiedName> keep) {
        return new SchemaModel(
                tables.stream().filter(t -> keep.test(t.name())).toList(),
                sequences.stream().filter(s -> keep.test(s.name())).toList(),
                enumTypes.stream().filter(e -> keep.test(e.name())).toList());
    }

    public SchemaModel withTables(Collection<Table> newTables) {
        return new SchemaModel(new ArrayList<>(newTables), sequences, enumTypes);
    }

    public SchemaModel withSequences(Collection<Sequence> newSequences) {
        return new SchemaModel(tables, new ArrayList<>(newSequences), enumTypes);
    }

    public SchemaModel withEnumTypes(Collection<EnumType> newEnumTypes) {
        return new SchemaModel(tables, sequences, new ArrayList<>(newEnumTypes));
    }
}
