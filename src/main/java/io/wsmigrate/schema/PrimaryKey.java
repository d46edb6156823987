package io.wsmigrate.schema;

import java.util.List;

/**
 * A primary key; its name is whatever the side reported and is ignored when comparing.
 * {@code deferral} is null when not deferrable or not said: the entities cannot say it, so the
 * database's choice stands ({@link Deferral}).
 */
public record PrimaryKey(String name, List<String> columns, Deferral deferral) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, null);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, deferral);
    }

    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferral);
    }

    public PrimaryKey withDeferral(Deferral newDeferral) {
        return new PrimaryKey(name, columns, newDeferral);
    }
}
