package io.wsmigrate.schema;

import java.util.List;

/**
 * A foreign key from {@code columns} of its table to {@code referencedColumns} of another.
 * {@code deferral} is null when not deferrable or, from the entities, not said ({@link Deferral}).
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
                         Deferral deferral) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                      List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral);
    }

    /** The same key on other columns or pointing elsewhere (after a rename), deferral and actions kept. */
    public ForeignKey withColumns(List<String> newColumns, QualifiedName newReferencedTable,
                                  List<String> newReferencedColumns) {
        return new ForeignKey(name, newColumns, newReferencedTable, newReferencedColumns, onDelete, onUpdate,
                deferral);
    }

    public ForeignKey withDeferral(Deferral newDeferral) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newDeferral);
    }
}
