package io.wsmigrate.compare;

import io.wsmigrate.schema.QualifiedName;

/**
 * One way a database differs from the schema its scripts create. A {@link Kind#CONSTRAINT_NAME} or
 * {@link Kind#INDEX_NAME} drift is the same object under another name (renaming it converges it);
 * {@link Kind#UNIQUE_INDEX} is a unique index where the scripts made a unique constraint on the
 * same columns (attaching the index as that constraint converges it); a {@link Kind#STRUCTURE}
 * drift is any other difference of type or structure, described as the change that would turn the
 * database into the scripts' schema.
 */
public record Drift(Kind kind, QualifiedName table, String objectKind, String databaseName, String scriptsName,
                    String structure) {
    public enum Kind { CONSTRAINT_NAME, INDEX_NAME, UNIQUE_INDEX, STRUCTURE }

    static Drift name(QualifiedName table, String objectKind, String databaseName, String scriptsName) {
        Kind kind = objectKind.startsWith("index") ? Kind.INDEX_NAME : Kind.CONSTRAINT_NAME;
        return new Drift(kind, table, objectKind, databaseName, scriptsName, null);
    }

    static Drift structure(QualifiedName table, String change) {
        return new Drift(Kind.STRUCTURE, table, null, null, null, change);
    }

    /** True when renaming the database's object (or attaching its index as a constraint) converges it. */
    public boolean convergible() {
        return kind != Kind.STRUCTURE;
    }

    /** One line for {@code check --drift}. */
    public String describe() {
        return switch (kind) {
            case CONSTRAINT_NAME, INDEX_NAME -> objectKind + " on " + table + " is " + databaseName + " in the database, "
                    + scriptsName + " in the scripts";
            case UNIQUE_INDEX -> "unique constraint " + scriptsName + " of the scripts is the unique index "
                    + databaseName + " on " + table + " in the database";
            case STRUCTURE -> "structure: the scripts' schema would need: " + structure;
        };
    }
}
