package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnNumbering.PlainToSerial;
import io.wsmigrate.ops.ForeignKeyOperation.AddForeignKey;
import io.wsmigrate.ops.ForeignKeyOperation.DropForeignKey;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.ops.TableOperation.DropTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole tables coming and going. A new table is created with all its keys, constraints and
 * indexes named, and its foreign keys added afterwards; a table going away first loses its own
 * foreign keys and those pointing at it, so the drop and its reverse work in any order.
 */
final class TableLifecycle {
    private TableLifecycle() {
    }

    static void create(CompareContext context, Table table) {
        Table named = context.names().namedAll(table);
        List<PlainToSerial> serials = serials(context, table.name(), table.columns());
        Table created = named.withColumns(named.columns().stream()
                .map(c -> serials.stream().anyMatch(s -> s.column().equals(c.name())) ? c.withDefault(null) : c)
                .toList());
        context.plan().add(Phase.CREATE_TABLE, table.name(), 0, new CreateTable(created.withForeignKeys(List.of())));
        serials.forEach(serial -> context.plan().add(Phase.CREATE_TABLE, table.name(), 1, serial));
        for (ForeignKey key : named.foreignKeys()) {
            context.plan().add(Phase.ADD_FOREIGN_KEY, table.name(), 0, key.name(),
                    new AddForeignKey(table.name(), key, false));
        }
    }

    /**
     * The serial columns ({@code columnDefinition = "serial"}) of a new table or of new columns:
     * each is created without its default, then given its sequence and default as {@code serial}
     * would, since a table cannot be created with a default on a sequence that does not exist yet.
     */
    static List<PlainToSerial> serials(CompareContext context, QualifiedName table, List<Column> columns) {
        List<PlainToSerial> serials = new ArrayList<>();
        for (Column column : columns) {
            context.generators().modelSerial(column).ifPresent(sequence -> serials.add(new PlainToSerial(
                    table, column.name(), column.type(), sequence, column.defaultExpression(), null)));
        }
        return serials;
    }

    /** Drops the table; {@code referencing} are the foreign keys of tables that stay, pointing at it. */
    static void drop(CompareContext context, Table table, List<ReferencingKey> referencing) {
        for (ForeignKey key : table.foreignKeys()) {
            context.foreignKeyDropped(table.name(), key);
            context.plan().add(Phase.DROP_FOREIGN_KEY, table.name(), 0, key.name(),
                    new DropForeignKey(table.name(), key));
        }
        for (ReferencingKey reference : referencing) {
            context.foreignKeyDropped(reference.table(), reference.key());
            context.plan().add(Phase.DROP_FOREIGN_KEY, reference.table(), 0, reference.key().name(),
                    new DropForeignKey(reference.table(), reference.key()));
        }
        context.plan().add(Phase.DROP_TABLE, table.name(), 0, new DropTable(table.withForeignKeys(List.of())));
    }
}
