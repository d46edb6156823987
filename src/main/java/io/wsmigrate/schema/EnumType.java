package io.wsmigrate.schema;

import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE name AS ENUM (...)}): its labels in their sort order
 * (pg_enum's {@code enumsortorder}, which is also the order of comparisons and {@code ORDER BY}),
 * and the types it has implicit I/O casts to and from, as Hibernate declares them with a named
 * enum ({@code create cast (varchar as Mood) with inout as implicit} and back), in PostgreSQL's
 * spelling ({@code character varying}), sorted.
 */
public record EnumType(QualifiedName name, List<String> labels, List<String> implicitCasts)
        implements Comparable<EnumType> {

    public EnumType {
        labels = List.copyOf(labels);
        implicitCasts = implicitCasts.stream().sorted().distinct().toList();
    }

    /** An enum type without casts. */
    public EnumType(QualifiedName name, List<String> labels) {
        this(name, labels, List.of());
    }

    /** The same type under another name, such as the new type of a rebuild. */
    public EnumType named(QualifiedName newName) {
        return new EnumType(newName, labels, implicitCasts);
    }

    /**
     * True when a column of {@code type} (or an array of it) stores this enum: {@link ColumnType}
     * holds the type as {@code format_type} prints it, schema-qualified outside {@code public}.
     */
    public boolean isTypeOf(ColumnType type) {
        return type.base().equals(name.sql().toLowerCase(Locale.ROOT));
    }

    /** The column type of this enum, for columns that switch to it. */
    public ColumnType columnType() {
        return ColumnType.of(name.sql());
    }

    @Override
    public int compareTo(EnumType other) {
        return name.compareTo(other.name);
    }
}
