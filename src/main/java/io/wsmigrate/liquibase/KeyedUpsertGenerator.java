package io.wsmigrate.liquibase;

import java.util.ArrayList;
import java.util.List;
import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.sqlgenerator.core.InsertOrUpdateGeneratorPostgres;
import liquibase.statement.core.InsertOrUpdateStatement;

/**
 * The upsert {@code loadUpdateData} writes for each row, as Liquibase writes it for PostgreSQL,
 * but with the key compared by pg_catalog's {@code =}: Liquibase's plain {@code code = 'book'}
 * would call an operator {@code =(varchar, varchar)} planted in another schema on the search path,
 * which matches a varchar key and a literal better than pg_catalog's {@code text = text}. Used
 * only for {@link ExactPostgresDatabase}.
 */
final class KeyedUpsertGenerator extends InsertOrUpdateGeneratorPostgres {
    private static boolean registered;

    /** Puts this generator ahead of Liquibase's own, once per JVM. */
    static synchronized void register() {
        if (!registered) {
            SqlGeneratorFactory.getInstance().register(new KeyedUpsertGenerator());
            registered = true;
        }
    }

    @Override
    public int getPriority() {
        return super.getPriority() + 1;
    }

    @Override
    public boolean supports(InsertOrUpdateStatement statement, Database database) {
        return database instanceof ExactPostgresDatabase && super.supports(statement, database);
    }

    /** {@code key OPERATOR(pg_catalog.=) value} per key column ({@code IS NULL} for none), joined by AND. */
    @Override
    protected String getWhereClause(InsertOrUpdateStatement statement, Database database) {
        List<String> terms = new ArrayList<>();
        for (String key : statement.getPrimaryKey().split(",")) {
            String column = key.trim();
            Object value = statement.getColumnValues().get(column);
            String name = database.escapeColumnName(statement.getCatalogName(), statement.getSchemaName(),
                    statement.getTableName(), column);
            terms.add(value == null || value.toString().equalsIgnoreCase("NULL") ? name + " IS NULL"
                    : name + " OPERATOR(pg_catalog.=) "
                    + DataTypeFactory.getInstance().fromObject(value, database).objectToSql(value, database));
        }
        return String.join(" AND ", terms);
    }
}
