package io.wsmigrate.compare;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The mutable schema a {@link PlanApplier} works on, with the checks PostgreSQL would make. */
final class AppliedSchema {
    private final Map<QualifiedName, Table> tables = new TreeMap<>();
    private final Map<QualifiedName, Sequence> sequences = new TreeMap<>();
    private final Map<QualifiedName, EnumType> enumTypes = new TreeMap<>();
    private final Map<QualifiedName, Distribution> distributions = new TreeMap<>();
    private Operation current;

    AppliedSchema(SchemaModel start) {
        start.tables().forEach(t -> tables.put(t.name(), t));
        start.sequences().forEach(s -> sequences.put(s.name(), s));
        start.enumTypes().forEach(e -> enumTypes.put(e.name(), e));
        distributions.putAll(start.distributions());
    }

    void begin(Operation operation) {
        current = operation;
    }

    SchemaModel toModel() {
        return new SchemaModel(new ArrayList<>(tables.values()), new ArrayList<>(sequences.values()),
                new ArrayList<>(enumTypes.values()), distributions);
    }

    /** The Citus placement of each table that is not local. */
    Map<QualifiedName, Distribution> distributions() {
        return distributions;
    }

    Map<QualifiedName, Table> tables() {
        return tables;
    }

    Map<QualifiedName, Sequence> sequences() {
        return sequences;
    }

    Map<QualifiedName, EnumType> enumTypes() {
        return enumTypes;
    }

    Table table(QualifiedName name) {
        Table table = tables.get(name);
        if (table == null) {
            throw fail("table " + name + " does not exist");
        }
        return table;
    }

    Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> fail("column " + table.name() + "." + name + " does not exist"));
    }

    void put(Table table) {
        tables.put(table.name(), table);
    }

    void require(boolean condition, String problem) {
        if (!condition) {
            throw fail(problem);
        }
    }

    WsMigrateException fail(String problem) {
        return new WsMigrateException(ExitCode.REVISION, "cannot apply '" + current.describe() + "': " + problem
                + "; the operations do not fit the schema they are applied to");
    }

    /** Tables, sequences, indexes and the indexes behind keys share one name space per schema. */
    void requireFreeRelationName(String schema, String name) {
        require(name != null, "every key and index needs a name");
        for (Table table : tables.values()) {
            if (!table.name().schema().equals(schema)) {
                continue;
            }
            boolean taken = table.name().name().equals(name)
                    || (table.primaryKey() != null && name.equals(table.primaryKey().name()))
                    || table.uniqueConstraints().stream().anyMatch(u -> name.equals(u.name()))
                    || table.indexes().stream().anyMatch(i -> name.equals(i.name()));
            require(!taken, "the name " + name + " is already taken in schema " + schema);
        }
        require(!sequences.containsKey(new QualifiedName(schema, name)),
                "the name " + name + " is taken by a sequence");
    }

    /** PostgreSQL refuses to drop a key that a foreign key relies on. */
    void requireNoForeignKeyOn(QualifiedName table, List<String> columns) {
        Set<String> key = Set.copyOf(columns);
        for (Table other : tables.values()) {
            for (ForeignKey foreignKey : other.foreignKeys()) {
                boolean dependent = foreignKey.referencedTable().equals(table)
                        && Set.copyOf(foreignKey.referencedColumns()).equals(key);
                require(!dependent, "foreign key " + foreignKey.name() + " of " + other.name()
                        + " depends on it; drop it first");
            }
        }
    }

    /** A foreign key needs a primary key, unique constraint or plain unique index on the referenced columns. */
    boolean hasKey(Table table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        if (table.primaryKey() != null && Set.copyOf(table.primaryKey().columns()).equals(wanted)) {
            return true;
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            if (Set.copyOf(unique.columns()).equals(wanted)) {
                return true;
            }
        }
        for (Index index : table.indexes()) {
            if (index.unique() && index.predicate() == null
                    && Set.copyOf(index.columns().stream().map(c -> c.expression()).toList()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The columns an expression uses must exist. */
    void requireColumns(Table table, String expression) {
        for (String name : Normalizer.referencedColumns(expression)) {
            column(table, name);
        }
    }
}
