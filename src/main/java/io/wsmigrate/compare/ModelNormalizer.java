package io.wsmigrate.compare;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.Comparator;
import java.util.List;

/**
 * A whole model in comparison form: expressions canonical, names of keys, constraints and indexes
 * dropped (they are never compared), and every list the comparator treats as a set sorted.
 */
final class ModelNormalizer {
    private ModelNormalizer() {
    }

    static SchemaModel normalize(SchemaModel model) {
        return new SchemaModel(model.tables().stream().map(ModelNormalizer::normalize).toList(), model.sequences(),
                model.enumTypes(), model.distributions());
    }

    static Table normalize(Table table) {
        PrimaryKey key = table.primaryKey();
        List<Column> columns = implicitNotNull(table).columns().stream().map(ModelNormalizer::normalize).toList();
        return new Table(table.name(), sorted(columns, Column::name),
                key == null ? null : new PrimaryKey(null, key.columns(), comparable(key.deferral())),
                sorted(table.uniqueConstraints().stream().map(u -> new UniqueConstraint(null, u.columns(), comparable(u.deferral()))).toList(),
                        ObjectKeys::unique),
                sorted(table.indexes().stream().map(i -> normalize(table, i)).toList(),
                        i -> ObjectKeys.index(table, i)),
                sorted(table.foreignKeys().stream().map(ModelNormalizer::unnamed).toList(),
                        f -> ObjectKeys.foreignKey(f) + " " + f.onDelete() + " " + f.onUpdate() + " " + f.deferral()),
                sorted(table.checks().stream().map(c -> new CheckConstraint(null, ObjectKeys.check(c))).toList(),
                        CheckConstraint::expression),
                table.comment());
    }

    /**
     * The table with primary key and identity columns NOT NULL, as PostgreSQL makes them whatever
     * the column definition said; a model that leaves them nullable asks for nothing different.
     */
    static Table implicitNotNull(Table table) {
        List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        boolean anyImplicit = table.columns().stream()
                .anyMatch(c -> c.nullable() && (key.contains(c.name()) || c.identity() != Identity.NONE));
        if (!anyImplicit) {
            return table;
        }
        return table.withColumns(table.columns().stream()
                .map(c -> key.contains(c.name()) || c.identity() != Identity.NONE ? c.withNullable(false) : c)
                .toList());
    }

    private static Column normalize(Column column) {
        return column.withDefault(Normalizer.defaultExpression(column.defaultExpression(), column.type()))
                .withGenerated(GeneratedColumns.canonical(column.generated()));
    }

    private static Index normalize(Table table, Index index) {
        List<IndexColumn> columns = index.columns().stream()
                .map(c -> new IndexColumn(ObjectKeys.indexColumn(table, new IndexColumn(c.expression(), false)),
                        c.descending()))
                .toList();
        return new Index(null, columns, index.unique(), Normalizer.expression(index.predicate()),
                index.method().toLowerCase(java.util.Locale.ROOT), index.include(), index.nullsNotDistinct());
    }

    private static ForeignKey unnamed(ForeignKey key) {
        return new ForeignKey(null, key.columns(), key.referencedTable(), key.referencedColumns(),
                key.onDelete(), key.onUpdate(), comparable(key.deferral()));
    }

    /** NOT DEFERRABLE said outright is what the catalog states as null. */
    private static Deferral comparable(Deferral deferral) {
        return deferral == Deferral.NOT_DEFERRABLE ? null : deferral;
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
