package io.wsmigrate.liquibase;

import io.wsmigrate.schema.Identifiers;
import liquibase.database.core.PostgresDatabase;
import liquibase.statement.DatabaseFunction;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Schema;

/**
 * Liquibase's PostgreSQL dialect, offline (no connection), with names and defaults passed through
 * exactly. Liquibase's own quoting leaves all-upper-case names ({@code ABC}) and newer reserved
 * words ({@code system_user}) unquoted, so PostgreSQL would fold or reject them; here every name
 * is quoted by {@link Identifiers#quote}, the rule the introspected side uses too.
 */
final class ExactPostgresDatabase extends PostgresDatabase {

    @Override
    public String escapeObjectName(String objectName, Class<? extends DatabaseObject> objectType) {
        return objectName == null ? null : Identifiers.quote(objectName);
    }

    /** Liquibase trims schema names here; PostgreSQL does not. Catalogs never qualify a name in PostgreSQL. */
    @Override
    public String escapeObjectName(String catalogName, String schemaName, String objectName,
                                   Class<? extends DatabaseObject> objectType) {
        if (schemaName == null || schemaName.isEmpty()) {
            return escapeObjectName(objectName, objectType);
        }
        return escapeObjectName(schemaName, Schema.class) + "." + escapeObjectName(objectName, objectType);
    }

    /**
     * Liquibase rewrites {@code CURRENT_TIMESTAMP} to {@code NOW()}; PostgreSQL stores the two
     * differently, so the next comparison would see a changed default. Keep what was written.
     */
    @Override
    public String generateDatabaseFunctionValue(DatabaseFunction function) {
        String value = function.getValue();
        if (value != null && function.getClass() == DatabaseFunction.class
                && value.trim().equalsIgnoreCase("current_timestamp")) {
            return value.trim();
        }
        return super.generateDatabaseFunctionValue(function);
    }
}
