package io.wsmigrate.entities;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;

/**
 * Hibernate {@code Metadata} → {@link SchemaModel}: every physical table and sequence of every
 * namespace, and the enum types, as Hibernate's PostgreSQL DDL would create them. Views, subselect
 * tables and Hibernate's other auxiliary database objects are not tables and are left out.
 */
final class MetadataConverter {
    private final SqlNames names;
    private final ColumnConverter columns;
    private final ConstraintConverter constraints;
    private final Metadata metadata;
    private final Dialect dialect;

    MetadataConverter(Metadata metadata, Dialect dialect, SqlNames names) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.names = names;
        this.columns = new ColumnConverter(metadata, dialect, names);
        this.constraints = new ConstraintConverter(dialect, names);
    }

    SchemaModel convert() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (isCreatedTable(table)) {
                    tables.add(table(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(new Sequence(names.sequence(sequence), sequence.getInitialValue(),
                        sequence.getIncrementSize()));
            }
        }
        return new SchemaModel(tables, sequences, EnumTypeReader.read(metadata, dialect, names.context()));
    }

    /** The tables Hibernate's schema creator writes a {@code create table} for. */
    static boolean isCreatedTable(org.hibernate.mapping.Table table) {
        return table.isPhysicalTable() && !table.isView();
    }

    private Table table(org.hibernate.mapping.Table table) {
        QualifiedName name = names.table(table);
        List<Column> tableColumns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            ColumnConverter.Converted converted = columns.convert(table, name, column);
            tableColumns.add(converted.column());
            if (converted.unique()) {
                uniques.add(new UniqueConstraint(null, List.of(converted.column().name())));
            }
            checks.addAll(converted.checks());
        }
        uniques.addAll(constraints.uniqueKeys(table));
        checks.addAll(constraints.tableChecks(table));
        return new Table(name, tableColumns, constraints.primaryKey(table), uniques, constraints.indexes(table),
                constraints.foreignKeys(table, name), checks, table.getComment());
    }
}
