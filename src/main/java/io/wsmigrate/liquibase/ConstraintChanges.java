package io.wsmigrate.liquibase;

import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.ConstraintOperation.AddCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.AddPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.AddUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropCheckConstraint;
import io.wsmigrate.ops.ConstraintOperation.DropPrimaryKey;
import io.wsmigrate.ops.ConstraintOperation.DropUniqueConstraint;
import io.wsmigrate.ops.ConstraintOperation.RenameConstraint;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.AlterForeignKeyDeferral;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.IndexOperation.CreateIndex;
import io.wsmigrate.ops.IndexOperation.DropIndex;
import io.wsmigrate.ops.IndexOperation.RenameIndex;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keys, constraints and indexes as Liquibase changes, or as SQL where Liquibase can't say them. */
final class ConstraintChanges {
    private ConstraintChanges() {
    }

    static List<ChangeEntry> render(ConstraintOperation operation) {
        return operation.accept(RENDER);
    }

    private static final ConstraintOperation.Visitor<List<ChangeEntry>> RENDER = new ConstraintOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> addPrimaryKey(AddPrimaryKey add) {
            return List.of(ConstraintChanges.addPrimaryKey(add.table(), add.primaryKey()));
        }

        @Override
        public List<ChangeEntry> dropPrimaryKey(DropPrimaryKey drop) {
            return List.of(ConstraintChanges.dropPrimaryKey(drop.table(), drop.primaryKey()));
        }

        @Override
        public List<ChangeEntry> addUniqueConstraint(AddUniqueConstraint add) {
            return List.of(addUnique(add.table(), add.constraint()));
        }

        @Override
        public List<ChangeEntry> dropUniqueConstraint(DropUniqueConstraint drop) {
            return List.of(dropUnique(drop.table(), drop.constraint()));
        }

        @Override
        public List<ChangeEntry> createIndex(CreateIndex create) {
            return List.of(ConstraintChanges.createIndex(create.table(), create.index(), create.concurrently()));
        }

        @Override
        public List<ChangeEntry> dropIndex(DropIndex drop) {
            return List.of(ConstraintChanges.dropIndex(drop.table(), drop.index(), drop.concurrently()));
        }

        @Override
        public List<ChangeEntry> addForeignKey(AddForeignKey add) {
            return ConstraintChanges.addForeignKey(add.table(), add.foreignKey(), add.notValid());
        }

        @Override
        public List<ChangeEntry> dropForeignKey(DropForeignKey drop) {
            return List.of(ConstraintChanges.dropForeignKey(drop.table(), drop.foreignKey()));
        }

        @Override
        public List<ChangeEntry> addCheckConstraint(AddCheckConstraint add) {
            return List.of(ChangeEntry.sql(DdlFragments.addCheck(add.table(), add.check())));
        }

        @Override
        public List<ChangeEntry> dropCheckConstraint(DropCheckConstraint drop) {
            if (drop.check().name() == null) {
                throw new ChangeException("cannot drop the unnamed check constraint (" + drop.check().expression()
                        + ") on " + drop.table() + ": PostgreSQL chose its name; give the constraint a name in the model");
            }
            return List.of(ChangeEntry.sql(DdlFragments.dropConstraint(drop.table(), drop.check().name())));
        }

        @Override
        public List<ChangeEntry> renameIndex(RenameIndex rename) {
            return List.of(ChangeEntry.sql(DdlFragments.renameIndex(rename.table(), rename.from(), rename.to())));
        }

        @Override
        public List<ChangeEntry> alterForeignKeyDeferral(AlterForeignKeyDeferral alter) {
            return List.of(ChangeEntry.sql(DdlFragments.alterTable(alter.table(), "ALTER CONSTRAINT "
                    + Identifiers.quote(alter.name()) + " " + alter.to().sql())));
        }

        @Override
        public List<ChangeEntry> renameConstraint(RenameConstraint rename) {
            return List.of(ChangeEntry.sql(DdlFragments.alterTable(rename.table(), "RENAME CONSTRAINT "
                    + Identifiers.quote(rename.from()) + " TO " + Identifiers.quote(rename.to()))));
        }
    };

    /**
     * Liquibase passes column lists as one comma-separated string and treats names with a
     * parenthesis as expressions; such names go through SQL instead.
     */
    static boolean isListSafe(List<String> names) {
        return names.stream().allMatch(n -> n.indexOf(',') < 0 && n.indexOf('(') < 0 && n.equals(n.strip()));
    }

    /** Liquibase's addPrimaryKey cannot make a key deferrable: such a key is SQL. */
    static ChangeEntry addPrimaryKey(QualifiedName table, PrimaryKey key) {
        if (!isListSafe(key.columns()) || isDeferrable(key.deferral())) {
            return ChangeEntry.sql(DdlFragments.addPrimaryKey(table, key.name(), key.columns())
                    + Deferral.clause(key.deferral()));
        }
        return Attributes.create().table(table).put("columnNames", String.join(", ", key.columns()))
                .put("constraintName", key.name()).entry("addPrimaryKey");
    }

    /** Without a name (PostgreSQL chose it) the entry has none: {@link ChangeSql} finds the key then. */
    static ChangeEntry dropPrimaryKey(QualifiedName table, PrimaryKey key) {
        return Attributes.create().table(table).put("constraintName", key.name()).entry("dropPrimaryKey");
    }

    static ChangeEntry addUnique(QualifiedName table, UniqueConstraint unique) {
        if (!isListSafe(unique.columns())) {
            return ChangeEntry.sql(DdlFragments.addUnique(table, unique.name(), unique.columns())
                    + Deferral.clause(unique.deferral()));
        }
        return deferral(Attributes.create().table(table).put("columnNames", String.join(", ", unique.columns()))
                .put("constraintName", unique.name()), unique.deferral()).entry("addUniqueConstraint");
    }

    static ChangeEntry dropUnique(QualifiedName table, UniqueConstraint unique) {
        if (unique.name() == null) {
            return ChangeEntry.sql(DdlFragments.onConstraintByColumns(table, 'u', unique.columns(), "DROP CONSTRAINT %I"));
        }
        return Attributes.create().table(table).put("constraintName", unique.name()).entry("dropUniqueConstraint");
    }

    /** Liquibase's open-source createIndex has no WHERE, USING, INCLUDE, NULLS, expression keys or CONCURRENTLY. */
    static ChangeEntry createIndex(QualifiedName table, Index index, boolean concurrently) {
        List<String> keys = index.columns().stream().map(IndexColumn::expression).toList();
        boolean plain = !concurrently && index.predicate() == null && index.method().equals("btree")
                && index.include().isEmpty() && !index.nullsNotDistinct()
                && index.name() != null && index.columns().stream().noneMatch(DdlFragments::isExpression) && isListSafe(keys);
        if (!plain) {
            return ChangeEntry.sql(DdlFragments.createIndex(table, index, concurrently));
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        for (IndexColumn key : index.columns()) {
            columns.add(Attributes.create().put("name", key.expression()).putIf(key.descending(), "descending", true).build());
        }
        return Attributes.create().table(table).put("indexName", index.name()).putIf(index.unique(), "unique", true)
                .put("columns", Attributes.columns(columns)).entry("createIndex");
    }

    static ChangeEntry dropIndex(QualifiedName table, Index index, boolean concurrently) {
        if (index.name() == null) {
            throw new ChangeException("cannot drop an index without a name on " + table + "; give the index a name");
        }
        if (concurrently) {
            return ChangeEntry.sql(DdlFragments.dropIndex(table, index.name(), true));
        }
        return Attributes.create().table(table).put("indexName", index.name()).entry("dropIndex");
    }

    /**
     * NOT VALID is Liquibase's {@code validate: false}; the VALIDATE that follows is SQL. Liquibase
     * insists on a constraint name for PostgreSQL, so an unnamed key is SQL too.
     */
    static List<ChangeEntry> addForeignKey(QualifiedName table, ForeignKey key, boolean notValid) {
        List<ChangeEntry> entries = new ArrayList<>();
        if (key.name() != null && isListSafe(key.columns()) && isListSafe(key.referencedColumns())) {
            entries.add(deferral(Attributes.create().table("baseTableSchemaName", "baseTableName", table)
                    .put("constraintName", key.name())
                    .put("baseColumnNames", String.join(", ", key.columns()))
                    .table("referencedTableSchemaName", "referencedTableName", key.referencedTable())
                    .put("referencedColumnNames", String.join(", ", key.referencedColumns()))
                    .putIf(key.onDelete() != ReferentialAction.NO_ACTION, "onDelete", key.onDelete().sql())
                    .putIf(key.onUpdate() != ReferentialAction.NO_ACTION, "onUpdate", key.onUpdate().sql())
                    .putIf(notValid, "validate", false), key.deferral())
                    .entry("addForeignKeyConstraint"));
        } else {
            entries.add(ChangeEntry.sql(DdlFragments.addForeignKey(table, key, notValid)));
        }
        if (notValid) {
            entries.add(ChangeEntry.sql(key.name() != null
                    ? DdlFragments.alterTable(table, "VALIDATE CONSTRAINT " + Identifiers.quote(key.name()))
                    : DdlFragments.onConstraintByColumns(table, 'f', key.columns(), "VALIDATE CONSTRAINT %I")));
        }
        return entries;
    }

    /** Liquibase's {@code deferrable} and {@code initiallyDeferred}, written only for a deferrable constraint. */
    private static Attributes deferral(Attributes attributes, Deferral deferral) {
        return attributes.putIf(isDeferrable(deferral), "deferrable", true)
                .putIf(deferral == Deferral.DEFERRED, "initiallyDeferred", true);
    }

    static boolean isDeferrable(Deferral deferral) {
        return deferral != null && deferral.deferrable();
    }

    static ChangeEntry dropForeignKey(QualifiedName table, ForeignKey key) {
        if (key.name() == null) {
            return ChangeEntry.sql(DdlFragments.onConstraintByColumns(table, 'f', key.columns(), "DROP CONSTRAINT %I"));
        }
        return Attributes.create().table("baseTableSchemaName", "baseTableName", table)
                .put("constraintName", key.name()).entry("dropForeignKeyConstraint");
    }
}
