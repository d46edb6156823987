package io.wsmigrate.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The relations a run reads: a SQL condition on a {@code pg_namespace} alias plus the statement
 * preparation that binds its one optional parameter, shared by every bulk query so they all see
 * the same schemas.
 */
final class CatalogScope {
    /**
     * PostgreSQL's own schemas; {@code _} is escaped because LIKE reads it as a wildcard. NOT LIKE is
     * named as pg_catalog's {@code !~~}: with a literal, a lookalike {@code !~~(name, name)} in
     * another schema would match better than pg_catalog's {@code !~~(name, text)}.
     */
    private static final String NON_SYSTEM = "%1$s.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND %1$s.nspname OPERATOR(pg_catalog.!~~) 'pg\\_toast%%'"
            + " AND %1$s.nspname OPERATOR(pg_catalog.!~~) 'pg\\_temp%%'";
    private static final String LISTED = "%1$s.nspname = ANY (?)";

    private final IntrospectOptions options;

    CatalogScope(IntrospectOptions options) {
        this.options = options;
    }

    /** The condition that keeps rows of the chosen schemas, for the namespace alias given. */
    String schemaCondition(String namespaceAlias) {
        return String.format(options.allSchemas() ? NON_SYSTEM : LISTED, namespaceAlias);
    }

    /** Prepares {@code sql}, whose only parameter (if any) is the one of {@link #schemaCondition}. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (!options.allSchemas()) {
            statement.setArray(1, connection.createArrayOf("text", options.schemas().toArray()));
        }
        return statement;
    }

    /**
     * A {@code WITH} clause naming {@code selected(oid, schema_name, table_name)}: the ordinary and
     * partitioned tables in scope. Partitions are left out: they are the parent's storage, not
     * tables an entity maps.
     */
    String selectedTables() {
        return """
                WITH selected AS (
                    SELECT t.oid, n.nspname AS schema_name, t.relname AS table_name
                    FROM pg_catalog.pg_class t
                    JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
                    WHERE t.relkind IN ('r', 'p') AND NOT t.relispartition AND %s)
                """.formatted(schemaCondition("n"));
    }
}
