package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.DistributionOperation;
import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.ops.EnumTypeOperation;
import io.wsmigrate.ops.EnumTypeOperation.AlterEnumValues;
import io.wsmigrate.ops.EnumTypeOperation.CreateEnumType;
import io.wsmigrate.ops.EnumTypeOperation.DropEnumType;
import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.SequenceOperation;
import io.wsmigrate.ops.SequenceOperation.AlterSequence;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.SequenceOperation.DropSequence;
import io.wsmigrate.ops.TableOperation;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.List;
import java.util.Objects;

/**
 * Runs operations against a schema model in memory, refusing what PostgreSQL would refuse
 * (dropping a table another table's foreign key points at, a key a foreign key relies on, a column
 * an index uses) and what could not be reversed exactly (a drop whose carried object is not the
 * one being dropped, an alter whose "from" is not the current state). The tests use it to prove a
 * plan and its downgrade without a database; the product never runs it. Errors are
 * {@link io.wsmigrate.WsMigrateException}s with {@link io.wsmigrate.ExitCode#REVISION}.
 */
public final class PlanApplier {
    private PlanApplier() {
    }

    public static SchemaModel apply(SchemaModel start, List<Operation> operations) {
        AppliedSchema schema = new AppliedSchema(start);
        for (Operation operation : operations) {
            schema.begin(operation);
            operation.accept(new ByKind(schema));
        }
        return schema.toModel();
    }

    /** Hands each kind of operation to its applier; a new kind does not compile until it has one. */
    private record ByKind(AppliedSchema schema) implements Operation.Visitor<Void> {
        @Override
        public Void table(TableOperation operation) {
            TableApplier.apply(schema, operation);
            return null;
        }

        @Override
        public Void column(ColumnOperation operation) {
            ColumnApplier.apply(schema, operation);
            return null;
        }

        @Override
        public Void constraint(ConstraintOperation operation) {
            ConstraintApplier.apply(schema, operation);
            return null;
        }

        @Override
        public Void sequence(SequenceOperation operation) {
            PlanApplier.sequence(schema, operation);
            return null;
        }

        @Override
        public Void enumType(EnumTypeOperation operation) {
            PlanApplier.enumType(schema, operation);
            return null;
        }

        @Override
        public Void distribution(DistributionOperation operation) {
            PlanApplier.distribution(schema, (SetDistribution) operation);
            return null;
        }
    }

    /**
     * A placement moves an existing table from the placement it has, without foreign keys to or from
     * it unless it is new (Citus refuses to move a table a foreign key ties), and a table is dropped
     * only once its step back to local came first.
     */
    private static void distribution(AppliedSchema schema, SetDistribution set) {
        schema.require(schema.tables().containsKey(set.table()), "table " + set.table() + " does not exist");
        Distribution current = schema.distributions().getOrDefault(set.table(), Distribution.LOCAL);
        schema.require(current.kind() == set.from().kind() && java.util.Objects.equals(current.column(),
                set.from().column()), "table " + set.table() + " is " + current.describe() + ", not "
                + set.from().describe());
        boolean tied = schema.tables().values().stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(
                k -> t.name().equals(set.table()) || k.referencedTable().equals(set.table())));
        schema.require(!tied, "table " + set.table() + " is moved while a foreign key ties it");
        if (set.to().isLocal()) {
            schema.distributions().remove(set.table());
        } else {
            schema.distributions().put(set.table(), set.to());
        }
    }

    public static SchemaModel upgrade(SchemaModel start, MigrationPlan plan) {
        return apply(start, plan.upgrade());
    }

    public static SchemaModel downgrade(SchemaModel end, MigrationPlan plan) {
        return apply(end, plan.downgrade());
    }

    /** A type is created once, dropped only unused, and altered only from the labels it has. */
    private static void enumType(AppliedSchema schema, EnumTypeOperation operation) {
        if (operation instanceof CreateEnumType create) {
            EnumType type = create.type();
            schema.require(!schema.enumTypes().containsKey(type.name()), "enum type " + type.name() + " exists");
            schema.enumTypes().put(type.name(), type);
        } else if (operation instanceof DropEnumType drop) {
            EnumType type = drop.type();
            schema.require(type.equals(schema.enumTypes().get(type.name())),
                    "enum type " + type.name() + " does not exist as described");
            schema.require(EnumComparator.columnsOf(type, schema.tables().values()).isEmpty(),
                    "enum type " + type.name() + " is still used by a column");
            schema.enumTypes().remove(type.name());
        } else {
            AlterEnumValues alter = (AlterEnumValues) operation;
            schema.require(alter.from().equals(schema.enumTypes().get(alter.from().name())),
                    "enum type " + alter.from().name() + " does not have the labels " + alter.from().labels());
            schema.enumTypes().put(alter.to().name(), alter.to());
            alter.columns().stream().filter(c -> !Objects.equals(c.defaultExpression(), c.targetDefault()))
                    .forEach(c -> setDefault(schema, c));
        }
    }

    /** A rebuild that gives a column a new default (its old one named a removed value). */
    private static void setDefault(AppliedSchema schema, EnumTypeOperation.EnumColumn column) {
        Table table = schema.table(column.table());
        schema.put(table.withColumns(table.columns().stream()
                .map(c -> c.name().equals(column.column()) ? c.withDefault(column.targetDefault()) : c).toList()));
    }

    private static void sequence(AppliedSchema schema, SequenceOperation operation) {
        if (operation instanceof CreateSequence create) {
            Sequence sequence = create.sequence();
            schema.require(!schema.sequences().containsKey(sequence.name()), "sequence " + sequence.name() + " exists");
            schema.requireFreeRelationName(sequence.name().schema(), sequence.name().name());
            schema.sequences().put(sequence.name(), sequence);
        } else if (operation instanceof DropSequence drop) {
            schema.require(drop.sequence().equals(schema.sequences().get(drop.sequence().name())),
                    "sequence " + drop.sequence().name() + " does not exist as described");
            schema.sequences().remove(drop.sequence().name());
        } else {
            AlterSequence alter = (AlterSequence) operation;
            Sequence existing = schema.sequences().get(alter.from().name());
            schema.require(existing != null && existing.equals(alter.from()),
                    "sequence " + alter.from().name() + " is not " + alter.from());
            schema.sequences().put(existing.name(), alter.to());
        }
    }
}
