package io.wsmigrate.liquibase;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Deferral;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code CREATE TABLE} statement with every column in its place, as Hibernate's DDL writes it:
 * for tables {@code createTable} cannot say (a generated column). Keys other than the primary key,
 * checks, indexes and comments follow as separate changes.
 */
final class CreateTableSql {
    private CreateTableSql() {
    }

    static String of(Table table) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(column(column));
        }
        PrimaryKey key = table.primaryKey();
        if (key != null) {
            parts.add(DdlFragments.constraintName(key.name()) + "PRIMARY KEY (" + DdlFragments.columnList(key.columns()) + ")"
                    + Deferral.clause(key.deferral()));
        }
        return "CREATE TABLE " + table.name().sql() + " (" + String.join(", ", parts) + ")";
    }

    private static String column(Column column) {
        StringBuilder sql = new StringBuilder(Identifiers.quote(column.name())).append(' ')
                .append(column.type().sql());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(ColumnChanges.collate(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(' ').append(column.generated().sql());
        } else if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity() != Identity.NONE) {
            sql.append(' ').append(column.identity().sql());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }
}
