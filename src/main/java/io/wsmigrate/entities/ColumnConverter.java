package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.GeneratedColumn;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Table;

/**
 * One Hibernate column → a schema {@link Column} plus the constraints its DDL line declares inline
 * ({@code unique}, {@code check (...)}), exactly as Hibernate's table exporter writes that line.
 */
final class ColumnConverter {
    private final Metadata metadata;
    private final Dialect dialect;
    private final SqlNames names;

    ColumnConverter(Metadata metadata, Dialect dialect, SqlNames names) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.names = names;
    }

    /** A converted column and the inline constraints that belong to its table. */
    record Converted(Column column, boolean unique, List<CheckConstraint> checks) {
    }

    Converted convert(Table table, QualifiedName tableName, org.hibernate.mapping.Column column) {
        String name = names.column(column);
        String where = tableName + "." + name;
        String sqlType = column.getSqlType(metadata);
        ColumnDefinition definition = parseDefinition(sqlType, where);
        ColumnType type = parseType(definition.type(), sqlType, where);
        Identity identity = column.isIdentity() ? identityOf(column) : definition.identity();
        boolean inPrimaryKey = table.getPrimaryKey() != null && table.getPrimaryKey().containsColumn(column);
        // PostgreSQL makes primary-key and identity columns NOT NULL whatever the DDL line says.
        boolean serial = SerialColumns.isSerial(definition.type());
        boolean nullable = column.isNullable() && !inPrimaryKey && identity == Identity.NONE && !serial
                && !Boolean.TRUE.equals(definition.notNull());
        String defaultExpression = column.getDefaultValue() != null
                ? column.getDefaultValue() : definition.defaultExpression();
        if (serial && defaultExpression == null) {
            defaultExpression = SerialColumns.nextvalDefault(tableName, name);
        }
        GeneratedColumn generated = column.getGeneratedAs() != null ? generated(column.getGeneratedAs())
                : definition.generated();
        // @Collate sets Hibernate's own collation; a columnDefinition writes it in its text.
        String collation = column.getCollation() != null ? column.getCollation() : definition.collation();
        Column converted = new Column(name, type, nullable, defaultExpression, identity, column.getComment(),
                generated, collation);
        // Hibernate leaves out a unique column's UNIQUE only when the column is the whole primary key.
        boolean wholeKey = inPrimaryKey && table.getPrimaryKey().getColumnSpan() == 1;
        boolean unique = (column.isUnique() && !wholeKey) || definition.unique();
        return new Converted(converted, unique, checks(column, definition));
    }

    private static ColumnDefinition parseDefinition(String sqlType, String where) {
        try {
            return ColumnDefinition.parse(sqlType);
        } catch (IllegalArgumentException e) {
            throw new WsMigrateException(ExitCode.MODEL, "column " + where + " has the column definition '"
                    + sqlType + "' with " + e.getMessage() + ", which ws-migrate cannot model; declare it"
                    + " with JPA/Hibernate annotations (@Id, @ManyToOne, @ColumnDefault, @Check) instead", e);
        }
    }

    private static ColumnType parseType(String type, String sqlType, String where) {
        try {
            return ColumnType.parse(type);
        } catch (RuntimeException e) {
            throw new WsMigrateException(ExitCode.MODEL, "column " + where + " has the type '" + sqlType
                    + "' that ws-migrate cannot read (" + e.getMessage() + "); use a plain PostgreSQL type in"
                    + " its columnDefinition", e);
        }
    }

    /** {@code @GeneratedColumn}: stored or virtual as the dialect writes it for this PostgreSQL version. */
    private GeneratedColumn generated(String expression) {
        String clause = dialect.generatedAs(expression).toLowerCase(Locale.ROOT);
        return new GeneratedColumn(expression, clause.endsWith(" stored"));
    }

    private Identity identityOf(org.hibernate.mapping.Column column) {
        String identitySql = dialect.getIdentityColumnSupport()
                .getIdentityColumnString(HibernateCalls.CURRENT.sqlTypeCode(column, metadata)).toLowerCase(Locale.ROOT);
        return identitySql.contains("always") ? Identity.ALWAYS : Identity.BY_DEFAULT;
    }

    /**
     * Hibernate writes all unnamed checks of a column as one {@code check ((a) and (b))} and each
     * named one separately; a column definition's own {@code check (...)} is one more.
     */
    private List<CheckConstraint> checks(org.hibernate.mapping.Column column, ColumnDefinition definition) {
        List<CheckConstraint> checks = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
            if (check.isAnonymous()) {
                anonymous.add(check.getConstraintInParens());
            } else {
                checks.add(new CheckConstraint(names.constraint(check.getName()), check.getConstraint()));
            }
        }
        if (!anonymous.isEmpty()) {
            checks.add(0, new CheckConstraint(null, String.join(" and ", anonymous)));
        }
        for (String expression : definition.checks()) {
            checks.add(new CheckConstraint(null, expression));
        }
        return checks;
    }
}
