package io.wsmigrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything that belongs to it. Column order is kept (it is the order of CREATE
 * TABLE); every other list is kept as given and compared as a set. {@code primaryKey} and
 * {@code comment} may be null.
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment)
        implements Comparable<Table> {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        comment = Column.blankToNull(comment);
    }

    /** A table with columns only; add the rest with the {@code with...} methods. */
    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checks, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checks, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, newComment);
    }

    @Override
    public int compareTo(Table other) {
        return name.compareTo(other.name);
    }
}
