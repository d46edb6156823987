package io.wsmigrate.liquibase;

import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.ConstraintOperation;
import io.wsmigrate.ops.DistributionOperation;
import io.wsmigrate.ops.EnumTypeOperation;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.ops.SequenceOperation;
import io.wsmigrate.ops.SequenceOperation.AlterSequence;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.SequenceOperation.DropSequence;
import io.wsmigrate.ops.TableOperation;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.ops.TableOperation.RenameTable;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes operations in Liquibase's change vocabulary, as a person would in a changelog:
 * {@code createTable}, {@code addColumn}, {@code createIndex}, ... Whatever Liquibase's open-source
 * changes cannot say exactly (check constraints, partial, expression or concurrent indexes, identity
 * changes, narrowing type changes, enum types, generated columns) becomes a {@code sql} change with
 * the exact PostgreSQL statement. A new table with a generated column, which {@code createTable}
 * cannot declare, is one {@code CREATE TABLE} in SQL. A column type PostgreSQL does not have, which
 * Liquibase would turn into another type, is refused (see {@link ForeignTypeNames}).
 */
public final class ChangeRenderer {
    private ChangeRenderer() {
    }

    /** The change entries of one operation, in the order they must run; empty when nothing changes. */
    public static List<ChangeEntry> render(Operation operation) {
        List<ChangeEntry> entries = Objects.requireNonNull(operation, "operation").accept(BY_KIND);
        ForeignTypeNames.requirePostgresTypes(entries);
        return entries;
    }

    private static final Operation.Visitor<List<ChangeEntry>> BY_KIND = new Operation.Visitor<>() {
        @Override
        public List<ChangeEntry> table(TableOperation operation) {
            return operation.accept(TABLES);
        }

        @Override
        public List<ChangeEntry> column(ColumnOperation operation) {
            return ColumnChanges.render(operation);
        }

        @Override
        public List<ChangeEntry> constraint(ConstraintOperation operation) {
            return ConstraintChanges.render(operation);
        }

        @Override
        public List<ChangeEntry> sequence(SequenceOperation operation) {
            return operation.accept(SEQUENCES);
        }

        @Override
        public List<ChangeEntry> enumType(EnumTypeOperation operation) {
            return EnumChanges.render(operation);
        }

        @Override
        public List<ChangeEntry> distribution(DistributionOperation operation) {
            return DistributionChanges.render(operation);
        }
    };

    /** The change entries of all operations, in order. */
    public static List<ChangeEntry> render(List<? extends Operation> operations) {
        List<ChangeEntry> entries = new ArrayList<>();
        operations.forEach(op -> entries.addAll(render(op)));
        return List.copyOf(entries);
    }

    private static final TableOperation.Visitor<List<ChangeEntry>> TABLES = new TableOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> createTable(CreateTable operation) {
            return ChangeRenderer.createTable(operation.table());
        }

        @Override
        public List<ChangeEntry> dropTable(DropTable operation) {
            return List.of(Attributes.create().table(operation.table().name()).entry("dropTable"));
        }

        @Override
        public List<ChangeEntry> renameTable(RenameTable rename) {
            return List.of(Attributes.create()
                    .putIf(!rename.from().isDefaultSchema(), "schemaName", rename.from().schema())
                    .put("oldTableName", rename.from().name())
                    .put("newTableName", rename.to().name())
                    .entry("renameTable"));
        }

        @Override
        public List<ChangeEntry> setTableComment(SetTableComment comment) {
            if (!DdlFragments.isTrimmedText(comment.to())) {
                return List.of(ChangeEntry.sql(DdlFragments.commentOnTable(comment.table(), comment.to())));
            }
            return List.of(Attributes.create().table(comment.table())
                    .put("remarks", comment.to() == null ? "" : comment.to())
                    .entry("setTableRemarks"));
        }
    };

    /**
     * The table with its columns (and its primary key, when its columns are in table order), then
     * its other constraints and indexes as separate changes, exactly as adding them later would.
     * {@code createTable} cannot declare a generated column, and one added afterwards would stand
     * last (and could not name a column that comes after it), so a table with generated columns is
     * created by one {@code CREATE TABLE} in SQL, its columns where Hibernate's DDL puts them.
     */
    private static List<ChangeEntry> createTable(Table table) {
        QualifiedName name = table.name();
        PrimaryKey primaryKey = table.primaryKey();
        boolean inSql = table.columns().stream().anyMatch(c -> c.generated() != null);
        boolean inlineKey = primaryKey != null && (inSql || isInTableOrder(table, primaryKey)
                && ConstraintChanges.isListSafe(primaryKey.columns())
                && !ConstraintChanges.isDeferrable(primaryKey.deferral()));
        List<ChangeEntry> entries = new ArrayList<>();
        if (inSql) {
            entries.add(ChangeEntry.sql(CreateTableSql.of(table)));
            if (table.comment() != null) {
                entries.add(ChangeEntry.sql(DdlFragments.commentOnTable(name, table.comment())));
            }
            table.columns().stream().filter(c -> c.comment() != null)
                    .forEach(c -> entries.add(ChangeEntry.sql(DdlFragments.commentOnColumn(name, c.name(), c.comment()))));
        } else {
            List<Map<String, Object>> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                boolean inKey = inlineKey && primaryKey.columns().contains(column.name());
                columns.add(column(column, inKey ? primaryKey : null));
            }
            entries.add(Attributes.create().table(name)
                    .put("remarks", DdlFragments.isTrimmedText(table.comment()) ? table.comment() : null)
                    .put("columns", Attributes.columns(columns))
                    .entry("createTable"));
            if (!DdlFragments.isTrimmedText(table.comment())) {
                entries.add(ChangeEntry.sql(DdlFragments.commentOnTable(name, table.comment())));
            }
            entries.addAll(untrimmedComments(name, table.columns()));
            entries.addAll(ColumnChanges.collations(name, table.columns()));
        }
        if (primaryKey != null && !inlineKey) {
            entries.add(ConstraintChanges.addPrimaryKey(name, primaryKey));
        }
        table.uniqueConstraints().forEach(unique -> entries.add(ConstraintChanges.addUnique(name, unique)));
        table.checks().forEach(check -> entries.add(ChangeEntry.sql(DdlFragments.addCheck(name, check))));
        table.indexes().forEach(index -> entries.add(ConstraintChanges.createIndex(name, index, false)));
        return List.copyOf(entries);
    }

    /** Comments Liquibase would trim, set in SQL after the columns exist. */
    static List<ChangeEntry> untrimmedComments(QualifiedName table, List<Column> columns) {
        return columns.stream().filter(c -> !DdlFragments.isTrimmedText(c.comment()))
                .map(c -> ChangeEntry.sql(DdlFragments.commentOnColumn(table, c.name(), c.comment()))).toList();
    }

    private static boolean isInTableOrder(Table table, PrimaryKey key) {
        List<String> inTableOrder = table.columns().stream().map(Column::name).filter(key.columns()::contains).toList();
        return inTableOrder.equals(key.columns());
    }

    /**
     * One column as {@code createTable} and {@code addColumn} write it; {@code primaryKey} is the
     * key the column belongs to when declared inline, else null.
     */
    static Map<String, Object> column(Column column, PrimaryKey primaryKey) {
        Attributes constraints = Attributes.create();
        if (primaryKey != null) {
            constraints.put("primaryKey", true).put("primaryKeyName", primaryKey.name());
        }
        constraints.putIf(!column.nullable(), "nullable", false);
        Attributes attributes = Attributes.create().put("name", column.name()).put("type", column.type().sql());
        switch (column.identity()) {
            case ALWAYS -> attributes.put("autoIncrement", true).put("generationType", "ALWAYS");
            case BY_DEFAULT -> attributes.put("autoIncrement", true).put("generationType", "BY DEFAULT");
            case NONE -> { }
        }
        attributes.put("defaultValueComputed", column.defaultExpression())
                .put("remarks", DdlFragments.isTrimmedText(column.comment()) ? column.comment() : null);
        Map<String, Object> constraintMap = constraints.build();
        return attributes.putIf(!constraintMap.isEmpty(), "constraints", constraintMap).build();
    }

    private static final SequenceOperation.Visitor<List<ChangeEntry>> SEQUENCES = new SequenceOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> createSequence(CreateSequence operation) {
            Sequence sequence = operation.sequence();
            Attributes attributes = Attributes.create().table("schemaName", "sequenceName", sequence.name())
                    .put("startValue", sequence.start())
                    .put("incrementBy", sequence.increment());
            // a start outside PostgreSQL's default range moves the bound, as Hibernate's DDL does
            if (DdlFragments.startBelowDefaultRange(sequence)) {
                attributes.put("minValue", sequence.start());
            } else if (DdlFragments.startAboveDefaultRange(sequence)) {
                attributes.put("maxValue", sequence.start());
            }
            return List.of(attributes.entry("createSequence"));
        }

        @Override
        public List<ChangeEntry> dropSequence(DropSequence operation) {
            return List.of(Attributes.create().table("schemaName", "sequenceName", operation.sequence().name())
                    .entry("dropSequence"));
        }

        @Override
        public List<ChangeEntry> alterSequence(AlterSequence alter) {
            List<ChangeEntry> entries = new ArrayList<>();
            if (alter.from().increment() != alter.to().increment()) {
                entries.add(Attributes.create().table("schemaName", "sequenceName", alter.to().name())
                        .put("incrementBy", alter.to().increment())
                        .entry("alterSequence"));
            }
            if (alter.from().start() != alter.to().start()) {
                // Liquibase's alterSequence has no start value
                entries.add(ChangeEntry.sql(DdlFragments.sequenceStart(alter.from(), alter.to())));
            }
            return entries;
        }
    };
}
