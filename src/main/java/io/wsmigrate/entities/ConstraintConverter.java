package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The table-level constraints of a Hibernate table → schema records, keeping what Hibernate's
 * PostgreSQL DDL emits and nothing else: Hibernate's generated primary-key name is never written
 * (so it is null here), unnamed unique keys are written without a name, single-column unique keys
 * are folded into the column's inline {@code unique}, and foreign keys that are disabled or not
 * physical are skipped.
 */
final class ConstraintConverter {
    private final Dialect dialect;
    private final SqlNames names;

    ConstraintConverter(Dialect dialect, SqlNames names) {
        this.dialect = dialect;
        this.names = names;
    }

    PrimaryKey primaryKey(Table table) {
        if (!table.hasPrimaryKey()) {
            return null;
        }
        return new PrimaryKey(null, columnNames(table.getPrimaryKey().getColumns()));
    }

    /** Unique keys written in the table's body; inline column {@code unique}s are added by the caller. */
    List<UniqueConstraint> uniqueKeys(Table table) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (isCoveredByInlineUnique(table, key)) {
                continue;
            }
            String name = key.isNameExplicit() ? names.constraint(key.getName()) : null;
            uniques.add(new UniqueConstraint(name, columnNames(key.getColumns()), Deferral.parse(HibernateCalls.CURRENT.constraintOptions(key))));
        }
        return uniques;
    }

    private static boolean isCoveredByInlineUnique(Table table, UniqueKey key) {
        if (key.getColumns().size() != 1) {
            return false;
        }
        Column column = key.getColumn(0);
        Column tableColumn = table.getColumn(column);
        return column.isUnique() || tableColumn != null && tableColumn.isUnique();
    }

    List<Index> indexes(Table table) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            Map<Selectable, String> order = index.getSelectableOrderMap();
            List<IndexColumn> columns = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                String expression = selectable instanceof Column column
                        ? names.column(column) : selectable.getText(dialect);
                String direction = order.getOrDefault(selectable, "");
                columns.add(new IndexColumn(expression,
                        direction.trim().toLowerCase(Locale.ROOT).startsWith("desc")));
            }
            indexes.add(IndexOptions.parse(HibernateCalls.CURRENT.indexOptions(index), names.index(index.getName()),
                    columns, index.isUnique(), names.table(table)));
        }
        return indexes;
    }

    List<ForeignKey> foreignKeys(Table table, QualifiedName tableName) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeys().values()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            String name = names.foreignKey(key.getName());
            Table target = key.getReferencedTable();
            keys.add(foreignKey(key, name, target, tableName).withDeferral(deferral(key)));
        }
        return keys;
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey key, String name, Table target,
                                  QualifiedName tableName) {
        if (key.getKeyDefinition() != null) {
            return ForeignKeyDefinition.parse(name, key.getKeyDefinition(), names.table(target),
                    primaryKeyColumns(target), tableName);
        }
        List<String> referenced = key.isReferenceToPrimaryKey()
                ? primaryKeyColumns(target) : columnNames(key.getReferencedColumns());
        return new ForeignKey(name, columnNames(key.getColumns()), names.table(target), referenced,
                action(key.getOnDeleteAction()), ReferentialAction.NO_ACTION);
    }

    /**
     * Hibernate writes the definition, then {@code on delete}, then the options
     * ({@code @ForeignKey(options = "deferrable initially deferred")}): the last word on deferral wins.
     */
    private static Deferral deferral(org.hibernate.mapping.ForeignKey key) {
        Deferral fromOptions = Deferral.parse(HibernateCalls.CURRENT.constraintOptions(key));
        return fromOptions != null ? fromOptions : Deferral.parse(ForeignKeyDefinition.tail(key.getKeyDefinition()));
    }

    List<CheckConstraint> tableChecks(Table table) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            String name = check.isNamed() ? names.constraint(check.getName()) : null;
            checks.add(new CheckConstraint(name, check.getConstraint()));
        }
        return checks;
    }

    private List<String> primaryKeyColumns(Table table) {
        if (!table.hasPrimaryKey()) {
            throw new WsMigrateException(ExitCode.MODEL, "table " + names.table(table)
                    + " is the target of a foreign key but has no primary key; give its entity an @Id");
        }
        return columnNames(table.getPrimaryKey().getColumns());
    }

    private List<String> columnNames(List<Column> columns) {
        return columns.stream().map(names::column).toList();
    }

    static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case NO_ACTION -> ReferentialAction.NO_ACTION;
        };
    }
}
