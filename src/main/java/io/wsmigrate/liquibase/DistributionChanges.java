package io.wsmigrate.liquibase;

import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.ops.DistributionOperation;
import io.wsmigrate.ops.DistributionOperation.RestoreComments;
import io.wsmigrate.ops.DistributionOperation.SetDistribution;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Citus placements as {@code sql} changes calling Citus's functions on the coordinator:
 * {@code create_distributed_table}, {@code create_reference_table}, {@code undistribute_table},
 * {@code alter_distributed_table}. A step Citus refuses (rebuilding a table with identity columns)
 * is written as a block that stops the revision with the reason, so the file says it and running it
 * says it, instead of a Citus error mid-way.
 */
final class DistributionChanges {
    private DistributionChanges() {
    }

    static List<ChangeEntry> render(DistributionOperation operation) {
        return operation.accept(RENDER);
    }

    private static final DistributionOperation.Visitor<List<ChangeEntry>> RENDER = new DistributionOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> setDistribution(SetDistribution operation) {
            return set(operation);
        }

        @Override
        public List<ChangeEntry> restoreComments(RestoreComments operation) {
            return restore(operation);
        }
    };

    /** The comments as {@code setTableRemarks} / {@code setColumnRemarks}, as a comment change writes them. */
    private static List<ChangeEntry> restore(RestoreComments operation) {
        if (!operation.runs()) {
            return List.of();
        }
        List<ChangeEntry> entries = new ArrayList<>();
        if (operation.tableComment() != null) {
            entries.addAll(ChangeRenderer.render(new SetTableComment(operation.table(), null, operation.tableComment())));
        }
        operation.columnComments().forEach((column, comment) -> entries.addAll(ChangeRenderer.render(
                new SetColumnComment(operation.table(), column, null, comment))));
        return entries;
    }

    private static List<ChangeEntry> set(SetDistribution operation) {
        if (operation.isImplicit()) {
            return List.of();
        }
        if (operation.refusal().isPresent()) {
            return List.of(ChangeEntry.sql(DdlFragments.doBlock("BEGIN RAISE EXCEPTION '%', "
                    + Identifiers.literal(operation.refusal().get()) + "; END ")));
        }
        QualifiedName table = operation.table();
        Distribution from = operation.from();
        Distribution to = operation.to();
        List<String> statements = new ArrayList<>();
        if (from.kind() == Distribution.Kind.DISTRIBUTED && to.kind() == Distribution.Kind.DISTRIBUTED) {
            statements.add("SELECT pg_catalog.alter_distributed_table(" + regclass(table) + ", distribution_column => "
                    + Identifiers.literal(to.column()) + colocation(to) + ")");
        } else {
            if (!from.isLocal()) {
                statements.add("SELECT pg_catalog.undistribute_table(" + regclass(table) + ")");
            }
            if (to.kind() == Distribution.Kind.REFERENCE) {
                statements.add("SELECT pg_catalog.create_reference_table(" + regclass(table) + ")");
            } else if (to.kind() == Distribution.Kind.DISTRIBUTED) {
                statements.add("SELECT pg_catalog.create_distributed_table(" + regclass(table) + ", "
                        + Identifiers.literal(to.column()) + colocation(to) + ")");
            }
        }
        return List.of(ChangeEntry.sql(String.join(";\n", statements)));
    }

    private static String regclass(QualifiedName table) {
        return Identifiers.literal(table.sql());
    }

    /** {@code , colocate_with => 'tenants'}; nothing for Citus's default. */
    private static String colocation(Distribution to) {
        return to.colocateWith() == null ? "" : ", colocate_with => " + Identifiers.literal(to.colocateWith());
    }
}
