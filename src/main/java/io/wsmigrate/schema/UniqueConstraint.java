package io.wsmigrate.schema;

import java.util.List;

/** A UNIQUE constraint (not a unique index: those are {@link Index} with {@code unique}). */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns);
    }
}
