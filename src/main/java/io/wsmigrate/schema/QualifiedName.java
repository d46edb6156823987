package io.wsmigrate.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name as PostgreSQL stores it: unquoted names already folded to lower
 * case, quoted names kept exactly. The schema is never null; {@code public} is the default.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    public static final String DEFAULT_SCHEMA = "public";
    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        schema = schema == null || schema.isEmpty() ? DEFAULT_SCHEMA : schema;
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(DEFAULT_SCHEMA, name);
    }

    /** Parses {@code schema.name} or {@code name}; the inverse of {@link #toString()}. */
    public static QualifiedName parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? of(text) : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
    }

    public boolean isDefaultSchema() {
        return DEFAULT_SCHEMA.equals(schema);
    }

    /** The name as SQL needs it: quoted where PostgreSQL would otherwise fold or reject it. */
    public String sql() {
        return isDefaultSchema() ? Identifiers.quote(name) : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code name} in the default schema, else {@code schema.name}: for messages and file names. */
    @Override
    public String toString() {
        return isDefaultSchema() ? name : schema + "." + name;
    }
}
