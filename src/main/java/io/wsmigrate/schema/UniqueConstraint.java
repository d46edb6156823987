package io.wsmigrate.schema;

import java.util.List;

/**
 * A UNIQUE constraint (not a unique index: those are {@link Index} with {@code unique}).
 * {@code deferral} is null when not deferrable or, from the entities, not said ({@link Deferral}).
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, null);
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, deferral);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral);
    }

    public UniqueConstraint withDeferral(Deferral newDeferral) {
        return new UniqueConstraint(name, columns, newDeferral);
    }
}
