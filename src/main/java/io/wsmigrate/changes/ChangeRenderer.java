package io.wsmigrate.changes;

import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.ConstraintOperation;
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
 * the exact PostgreSQL statement. A generated column is added right after {@code createTable},
 * which cannot declare one: it ends up after the table's other columns.
 */
public final class ChangeRenderer {
    private ChangeRenderer() {
    }

    /** The change entries of one operation, in the order they must run; empty when nothing changes. */
    public static List<ChangeEntry> render(Operation operation) {
        return Objects.requireNonNull(operation, "operation").accept(BY_KIND);
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
            if (!SqlText.isTrimmedText(comment.to())) {
                return List.of(ChangeEntry.sql(SqlText.commentOnTable(comment.table(), comment.to())));
            }
            return List.of(Attributes.create().table(comment.table())
                    .put("remarks", comment.to() == null ? "" : comment.to())
                    .entry("setTableRemarks"));
        }
    };

    /**
     * The table with its columns (and its primary key, when its columns are in table order), then
     * its other constraints and indexes as separate changes, exactly as adding them later would.
     */
    private static List<ChangeEntry> createTable(Table table) {
        QualifiedName name = table.name();
        PrimaryKey primaryKey = table.primaryKey();
        boolean inlineKey = primaryKey != null && isInTableOrder(table, primaryKey)
                && ConstraintChanges.isListSafe(primaryKey.columns());
        List<Map<String, Object>> columns = new ArrayList<>();
        List<Column> generated = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.generated() != null) {
                generated.add(column);
                continue;
            }
            boolean inKey = inlineKey && primaryKey.columns().contains(column.name());
            columns.add(column(column, inKey ? primaryKey : null));
        }
        List<ChangeEntry> entries = new ArrayList<>();
        entries.add(Attributes.create().table(name)
                .put("remarks", SqlText.isTrimmedText(table.comment()) ? table.comment() : null)
                .put("columns", Attributes.columns(columns))
                .entry("createTable"));
        if (!SqlText.isTrimmedText(table.comment())) {
            entries.add(ChangeEntry.sql(SqlText.commentOnTable(name, table.comment())));
        }
        List<Column> plain = table.columns().stream().filter(c -> c.generated() == null).toList();
        entries.addAll(untrimmedComments(name, plain));
        entries.addAll(ColumnChanges.collations(name, plain));
        generated.forEach(column -> entries.addAll(ColumnChanges.generatedColumn(name, column)));
        if (primaryKey != null && !inlineKey) {
            entries.add(ConstraintChanges.addPrimaryKey(name, primaryKey));
        }
        table.uniqueConstraints().forEach(unique -> entries.add(ConstraintChanges.addUnique(name, unique)));
        table.checks().forEach(check -> entries.add(ChangeEntry.sql(SqlText.addCheck(name, check))));
        table.indexes().forEach(index -> entries.add(ConstraintChanges.createIndex(name, index, false)));
        return List.copyOf(entries);
    }

    /** Comments Liquibase would trim, set in SQL after the columns exist. */
    static List<ChangeEntry> untrimmedComments(QualifiedName table, List<Column> columns) {
        return columns.stream().filter(c -> !SqlText.isTrimmedText(c.comment()))
                .map(c -> ChangeEntry.sql(SqlText.commentOnColumn(table, c.name(), c.comment()))).toList();
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
                .put("remarks", SqlText.isTrimmedText(column.comment()) ? column.comment() : null);
        Map<String, Object> constraintMap = constraints.build();
        return attributes.putIf(!constraintMap.isEmpty(), "constraints", constraintMap).build();
    }

    private static final SequenceOperation.Visitor<List<ChangeEntry>> SEQUENCES = new SequenceOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> createSequence(CreateSequence operation) {
            Sequence sequence = operation.sequence();
            return List.of(Attributes.create().table("schemaName", "sequenceName", sequence.name())
                    .put("startValue", sequence.start())
                    .put("incrementBy", sequence.increment())
                    .entry("createSequence"));
        }

        @Override
        public List<ChangeEntry> dropSequence(DropSequence operation) {
            return List.of(Attributes.create().table("schemaName", "sequenceName", operation.sequence().name())
                    .entry("dropSequence"));
        }

        @Override
        public List<ChangeEntry> alterSequence(AlterSequence alter) {
            if (alter.from().increment() == alter.to().increment()) {
                return List.of();
            }
            return List.of(Attributes.create().table("schemaName", "sequenceName", alter.to().name())
                    .put("incrementBy", alter.to().increment())
                    .entry("alterSequence"));
        }
    };
}
