package io.wsmigrate.introspect;

import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What to read from the catalog. {@code schemas} names the schemas to read; empty means every
 * schema except PostgreSQL's own ({@code pg_catalog}, {@code information_schema},
 * {@code pg_toast*}, {@code pg_temp*}). {@code include} decides, by qualified name, which tables
 * and free sequences are kept, so callers can leave out their version table.
 */
public record IntrospectOptions(List<String> schemas, Predicate<QualifiedName> include) {
    public IntrospectOptions {
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(include, "include");
    }

    /** Every non-system schema, every table and sequence. */
    public static IntrospectOptions defaults() {
        return new IntrospectOptions(List.of(), name -> true);
    }

    /** Only the named schemas (names exactly as stored, case preserved). */
    public static IntrospectOptions onlySchemas(String... schemas) {
        return new IntrospectOptions(List.of(schemas), name -> true);
    }

    public IntrospectOptions withInclude(Predicate<QualifiedName> newInclude) {
        return new IntrospectOptions(schemas, newInclude);
    }

    /** These options, also leaving out the named tables or sequences (a version table, say). */
    public IntrospectOptions excluding(QualifiedName... names) {
        Set<QualifiedName> excluded = Set.of(names);
        return withInclude(include.and(name -> !excluded.contains(name)));
    }

    public boolean allSchemas() {
        return schemas.isEmpty();
    }
}
