package io.wsmigrate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for schema models in tests, and the round-trip assertion every scenario can use. */
final class Fixtures {
    private Fixtures() {
    }

    static QualifiedName name(String text) {
        return QualifiedName.parse(text);
    }

    static Column column(String name, String type) {
        return Column.of(name, type, true);
    }

    static Column required(String name, String type) {
        return Column.of(name, type, false);
    }

    static Column identity(String name, String type) {
        return new Column(name, ColumnType.parse(type), false, null, Identity.BY_DEFAULT, null);
    }

    static Column serial(String table, String name, String type) {
        return new Column(name, ColumnType.parse(type), false,
                "nextval('" + table + "_" + name + "_seq'::regclass)", Identity.NONE, null);
    }

    static Table table(String name, Column... columns) {
        return Table.of(name(name), List.of(columns));
    }

    /** A table whose first column is its primary key, named as PostgreSQL would. */
    static Table keyed(String name, Column... columns) {
        Table table = table(name, columns);
        return table.withPrimaryKey(new PrimaryKey(table.name().name() + "_pkey", List.of(columns[0].name())));
    }

    static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    static Index index(String name, String... columns) {
        return Index.on(name, false, columns);
    }

    static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    static ForeignKey foreignKey(String name, String column, String referencedTable, String referencedColumn) {
        return new ForeignKey(name, List.of(column), name(referencedTable), List.of(referencedColumn),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
    }

    static ForeignKey foreignKey(String name, String column, String referencedTable, String referencedColumn,
                                 ReferentialAction onDelete) {
        return new ForeignKey(name, List.of(column), name(referencedTable), List.of(referencedColumn),
                onDelete, ReferentialAction.NO_ACTION);
    }

    static Table with(Table table, ForeignKey... keys) {
        List<ForeignKey> all = new ArrayList<>(table.foreignKeys());
        all.addAll(Arrays.asList(keys));
        return table.withForeignKeys(all);
    }

    static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    static SchemaModel schema(List<Table> tables, Sequence... sequences) {
        return new SchemaModel(tables, List.of(sequences));
    }

    static CompareResult compare(SchemaModel database, SchemaModel model) {
        return SchemaComparator.compare(database, model, CompareOptions.owningAll());
    }

    static List<Operation> upgrade(SchemaModel database, SchemaModel model) {
        return compare(database, model).plan().upgrade();
    }

    /**
     * Applies the upgrade to the database and checks it yields the model (after normalization, and
     * with nothing left to compare), then applies the downgrade and checks it yields the database.
     */
    static MigrationPlan assertRoundTrip(SchemaModel database, SchemaModel model, CompareOptions options) {
        MigrationPlan plan = SchemaComparator.compare(database, model, options).plan();
        SchemaModel upgraded = PlanApplier.upgrade(database, plan);
        assertThat(Normalizer.normalize(upgraded)).isEqualTo(Normalizer.normalize(model));
        CompareOptions withoutHints = options.withRenameHints(java.util.Map.of());
        assertThat(SchemaComparator.compare(upgraded, model, withoutHints).plan().upgrade()).isEmpty();
        SchemaModel downgraded = PlanApplier.downgrade(upgraded, plan);
        assertThat(Normalizer.normalize(downgraded)).isEqualTo(Normalizer.normalize(database));
        return plan;
    }

    static MigrationPlan assertRoundTrip(SchemaModel database, SchemaModel model) {
        return assertRoundTrip(database, model, CompareOptions.owningAll());
    }
}
