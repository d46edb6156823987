package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.TableOperation.SetTableComment;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.Objects;

/**
 * One table present on both sides: its columns, its comment, then its keys and constraints.
 * Added columns keep the model's column order (ALTER TABLE appends, so the table ends up as the
 * entity declares it); changes to existing columns are sorted by column name.
 */
final class TableComparator {
    private static final int ADDED_COLUMNS = 0;
    private static final int CHANGED_COLUMNS = 1;
    private static final int COMMENT = 2;

    private TableComparator() {
    }

    static void compare(CompareContext context, Table current, Table target) {
        QualifiedName name = target.name();
        PlanBuilder plan = context.plan();
        for (Column wanted : target.columns()) {
            Column existing = current.column(wanted.name()).orElse(null);
            if (existing == null) {
                plan.add(Phase.ALTER_TABLE, name, ADDED_COLUMNS,
                        new AddColumn(name, wanted, context.generators().modelSerial(wanted).orElse(null)));
            } else if (GeneratedColumns.differ(existing, wanted)) {
                // A generation expression cannot be altered before PostgreSQL 17: the column is rebuilt.
                plan.add(Phase.ALTER_TABLE, name, CHANGED_COLUMNS, wanted.name(), new DropColumn(name, existing));
                plan.add(Phase.ALTER_TABLE, name, CHANGED_COLUMNS, wanted.name(), new AddColumn(name, wanted));
            } else {
                for (ColumnOperation op : ColumnComparator.compare(name, existing, wanted, context.generators())) {
                    plan.add(Phase.ALTER_TABLE, name, CHANGED_COLUMNS, wanted.name(), op);
                }
            }
        }
        for (Column existing : current.columns()) {
            if (target.column(existing.name()).isEmpty()) {
                plan.add(Phase.DROP_COLUMN, name, 0, existing.name(), new DropColumn(name, existing));
            }
        }
        if (!Objects.equals(current.comment(), target.comment())) {
            plan.add(Phase.ALTER_TABLE, name, COMMENT, new SetTableComment(name, current.comment(), target.comment()));
        }
        KeyComparator.compare(context, current, target);
    }
}
