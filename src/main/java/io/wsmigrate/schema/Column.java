package io.wsmigrate.schema;

import java.util.Objects;

/**
 * A table column. {@code defaultExpression} is the SQL text of the server default, or null;
 * {@code comment} is null when there is none; {@code generated} is null unless the column is a
 * generated column. {@code collation} is the collation's name (unquoted, as {@code pg_collation}
 * spells it) when the column has one other than its type's default, else null.
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                     Identity identity, String comment, GeneratedColumn generated, String collation) {
    public Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                  Identity identity, String comment, GeneratedColumn generated) {
        this(name, type, nullable, defaultExpression, identity, comment, generated, null);
    }

    public Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                  Identity identity, String comment) {
        this(name, type, nullable, defaultExpression, identity, comment, null);
    }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        defaultExpression = blankToNull(defaultExpression);
        comment = blankToNull(comment);
        collation = blankToNull(collation);
    }

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, ColumnType.parse(type), nullable, null, Identity.NONE, null);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, comment, generated,
                collation);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, comment, generated,
                collation);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment, generated,
                collation);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, comment, generated,
                collation);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, newComment, generated,
                collation);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, comment, generated,
                collation);
    }

    public Column withGenerated(GeneratedColumn newGenerated) {
        return new Column(name, type, nullable, defaultExpression, identity, comment, newGenerated, collation);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, comment, generated, newCollation);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
