package io.wsmigrate.compare;

import io.wsmigrate.ops.TableOperation;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.ops.TableOperation.RenameTable;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Whole-table operations of a {@link PlanApplier}. */
final class TableApplier {
    private TableApplier() {
    }

    static void apply(AppliedSchema schema, TableOperation operation) {
        if (operation instanceof CreateTable create) {
            create(schema, create.table());
        } else if (operation instanceof DropTable drop) {
            schema.require(!schema.distributions().containsKey(drop.table().name()), "table " + drop.table().name()
                    + " is dropped while still placed by Citus: its step back to local must come first");
            drop(schema, drop.table());
        } else if (operation instanceof RenameTable rename) {
            Table table = schema.table(rename.from());
            schema.requireFreeRelationName(rename.to().schema(), rename.to().name());
            schema.tables().remove(rename.from());
            schema.put(table.withName(rename.to()));
            schema.tables().replaceAll((n, t) -> SchemaEdits.renameReferencedTable(t, rename.from(), rename.to()));
        } else {
            SetTableComment comment = (SetTableComment) operation;
            Table table = schema.table(comment.table());
            schema.require(Objects.equals(table.comment(), comment.from()),
                    "the table's comment is not the one replaced");
            schema.put(table.withComment(comment.to()));
        }
    }

    private static void create(AppliedSchema schema, Table table) {
        schema.require(!schema.tables().containsKey(table.name()), "table " + table.name() + " exists");
        String space = table.name().schema();
        schema.requireFreeRelationName(space, table.name().name());
        Set<String> columns = new HashSet<>();
        for (Column column : table.columns()) {
            schema.require(columns.add(column.name()), "column " + column.name() + " appears twice");
        }
        Set<String> relations = new HashSet<>(Set.of(table.name().name()));
        Table empty = table.withPrimaryKey(null).withUniqueConstraints(List.of()).withIndexes(List.of())
                .withChecks(List.of());
        schema.put(empty);
        if (table.primaryKey() != null) {
            schema.requireFreeRelationName(space, table.primaryKey().name());
            table.primaryKey().columns().forEach(c -> schema.column(empty, c));
            schema.require(relations.add(table.primaryKey().name()), "duplicate name " + table.primaryKey().name());
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            schema.requireFreeRelationName(space, unique.name());
            unique.columns().forEach(c -> schema.column(empty, c));
            schema.require(relations.add(unique.name()), "duplicate name " + unique.name());
        }
        for (Index index : table.indexes()) {
            schema.requireFreeRelationName(space, index.name());
            index.columns().forEach(c -> requireIndexColumn(schema, empty, c));
            schema.require(relations.add(index.name()), "duplicate name " + index.name());
        }
        Set<String> checks = new HashSet<>();
        for (CheckConstraint check : table.checks()) {
            schema.require(check.name() != null && checks.add(check.name()), "checks need distinct names");
            schema.requireColumns(empty, check.expression());
        }
        schema.put(table.withColumns(table.columns().stream().map(c -> identityImpliesNotNull(table, c)).toList()));
    }

    /** An identity or primary key column is NOT NULL whatever the column definition said. */
    static Column identityImpliesNotNull(Table table, Column column) {
        boolean key = table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
        return key || column.identity() != io.wsmigrate.schema.Identity.NONE ? column.withNullable(false) : column;
    }

    static void requireIndexColumn(AppliedSchema schema, Table table, IndexColumn column) {
        if (table.column(column.expression()).isEmpty()) {
            schema.requireColumns(table, column.expression());
        }
    }

    /** The carried table must be the table dropped, so that the reverse recreates it exactly. */
    private static void drop(AppliedSchema schema, Table table) {
        Table existing = schema.table(table.name());
        schema.require(existing.foreignKeys().isEmpty(), "table " + table.name()
                + " still has foreign keys; drop them first so the reverse can restore them");
        for (Table other : schema.tables().values()) {
            other.foreignKeys().stream().filter(f -> f.referencedTable().equals(table.name()) && other != existing)
                    .findFirst().ifPresent(f -> {
                        throw schema.fail("foreign key " + f.name() + " of " + other.name() + " points at it");
                    });
        }
        schema.require(Normalizer.normalize(existing).equals(Normalizer.normalize(table)),
                "the dropped table " + table.name() + " differs from the table in the schema");
        schema.tables().remove(table.name());
    }
}
