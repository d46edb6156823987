package io.wsmigrate.introspect;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * One table while its rows arrive from the separate bulk queries: mutable, confined to one
 * {@link CatalogIntrospector} run, and frozen into an immutable {@link Table} at its end.
 */
final class TableParts {
    private final QualifiedName name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private PrimaryKey primaryKey;

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    void addColumn(Column column) {
        columns.add(column);
    }

    void setPrimaryKey(PrimaryKey key) {
        primaryKey = key;
    }

    void addUniqueConstraint(UniqueConstraint unique) {
        uniqueConstraints.add(unique);
    }

    void addIndex(Index index) {
        indexes.add(index);
    }

    void addForeignKey(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    void addCheck(CheckConstraint check) {
        checks.add(check);
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }
}
