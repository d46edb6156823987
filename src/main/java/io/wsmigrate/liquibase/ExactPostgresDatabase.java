package io.wsmigrate.liquibase;

import io.wsmigrate.schema.Identifiers;
import liquibase.database.core.PostgresDatabase;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.SequenceCurrentValueFunction;
import liquibase.statement.SequenceNextValueFunction;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Schema;
import liquibase.structure.core.Sequence;

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
        if (function instanceof SequenceCurrentValueFunction) {
            return sequenceCall("currval", function);
        }
        if (function instanceof SequenceNextValueFunction) {
            return sequenceCall("nextval", function);
        }
        String value = function.getValue();
        if (value != null && function.getClass() == DatabaseFunction.class
                && value.trim().equalsIgnoreCase("current_timestamp")) {
            return value.trim();
        }
        return super.generateDatabaseFunctionValue(function);
    }

    /**
     * The concatenation of a {@code mergeColumns}: with pg_catalog's {@code ||}, since an
     * operator {@code ||(varchar, text)} planted in another schema on the search path would match
     * a varchar column and a literal better than pg_catalog's {@code text || text}.
     */
    @Override
    public String getConcatSql(String... values) {
        return String.join(" OPERATOR(pg_catalog.||) ", values);
    }

    /**
     * A sequence's next or current value (an auto-increment's default, {@code valueSequenceNext}).
     * Liquibase passes the name as a bare literal, {@code nextval('s')}: a function of that name
     * taking text in another schema on the search path matches it better than pg_catalog's, which
     * takes regclass, and would run now or, in a default, at every insert. The name is also
     * escaped here as a literal, which Liquibase's text is not ({@code "Joe's Seq"}).
     */
    private String sequenceCall(String name, DatabaseFunction function) {
        String sequence = escapeObjectName(null, function.getSchemaName(), function.getValue(), Sequence.class);
        return "pg_catalog." + name + "(" + Identifiers.literal(sequence) + "::regclass)";
    }
}
