package io.wsmigrate.schema;

import java.util.List;

/** A primary key; its name is whatever the side reported and is ignored when comparing. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns);
    }
}
