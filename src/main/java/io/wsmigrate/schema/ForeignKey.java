package io.wsmigrate.schema;

import java.util.List;

/** A foreign key from {@code columns} of its table to {@code referencedColumns} of another. */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
