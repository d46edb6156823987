package io.wsmigrate.liquibase;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a column type that PostgreSQL does not have and Liquibase would quietly turn into one it
 * has: another database's spelling such as {@code binary}, {@code blob}, {@code datetime},
 * {@code tinyint} or {@code nvarchar(10)}, nearly always from a {@code @Column(columnDefinition = ...)}.
 * Hibernate's own DDL fails on such a type. A revision written with it would make Liquibase's type
 * instead ({@code bytea} for {@code binary}), and the entities would then differ from the database
 * for ever: every later {@code check} would ask to change the column back.
 */
final class ForeignTypeNames {
    /**
     * PostgreSQL's built-in types as {@link ColumnType} names them, which Liquibase is not asked
     * about: starting its type registry would slow every autogenerate for the rare other name.
     */
    private static final Set<String> BUILT_IN = Set.of("bigint", "integer", "smallint", "boolean", "text",
            "character varying", "character", "numeric", "real", "double precision", "uuid", "json", "jsonb",
            "bytea", "oid", "date", "time without time zone", "time with time zone", "timestamp without time zone",
            "timestamp with time zone", "bit", "bit varying", "xml", "inet", "cidr", "macaddr", "macaddr8",
            "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon", "circle", "int4range",
            "int8range", "numrange", "tsrange", "tstzrange", "daterange", "pg_lsn", "jsonpath");
    private static final Map<String, Optional<String>> REPLACEMENTS = new ConcurrentHashMap<>();

    private ForeignTypeNames() {
    }

    /** Throws, naming the first such column and what to write instead, when an entry would create one. */
    static void requirePostgresTypes(List<ChangeEntry> entries) {
        for (ChangeEntry entry : entries) {
            Map<String, Object> attributes = entry.attributes();
            Object table = attributes.get("tableName");
            check(table, attributes.get("columnName"), attributes.get("newDataType"));
            if (attributes.get("columns") instanceof List<?> columns) {
                for (Object item : columns) {
                    if (item instanceof Map<?, ?> wrapper && wrapper.get("column") instanceof Map<?, ?> column) {
                        check(table, column.get("name"), column.get("type"));
                    }
                }
            }
        }
    }

    private static void check(Object table, Object column, Object type) {
        if (!(type instanceof String definition)) {
            return;
        }
        replacement(definition).ifPresent(liquibaseType -> {
            throw new WsMigrateException(ExitCode.MODEL, "column " + table + "." + column + " has type "
                    + definition + ", which PostgreSQL does not have (Hibernate's own DDL fails on it too);"
                    + " Liquibase would make it " + liquibaseType + ", which the entities would never match:"
                    + " map the column to a PostgreSQL type, e.g. @Column(columnDefinition = \""
                    + liquibaseType.toLowerCase(Locale.ROOT) + "\")");
        });
    }

    /**
     * Liquibase's SQL for {@code definition} when that is another type than the one written; empty
     * when Liquibase keeps the type, when the spelling is PostgreSQL's own and passed through
     * verbatim, or when either side is not a plain type ({@code geometry(Point,4326)}), which
     * Liquibase passes through as written.
     */
    static Optional<String> replacement(String definition) {
        String type = PostgresNativeType.withoutBraces(definition);
        return REPLACEMENTS.computeIfAbsent(type, ForeignTypeNames::translate);
    }

    private static Optional<String> translate(String type) {
        try {
            if (type.isEmpty() || BUILT_IN.contains(ColumnType.parse(type).base())
                    || PostgresNativeType.isVerbatim(type)) {
                return Optional.empty();
            }
            String translated = PostgresNativeType.liquibaseSql(type);
            return ColumnType.parse(translated).equals(ColumnType.parse(type)) ? Optional.empty()
                    : Optional.of(translated);
        } catch (RuntimeException notPlain) {
            return Optional.empty();
        }
    }
}
