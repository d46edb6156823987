package io.wsmigrate.liquibase;

import io.wsmigrate.ops.ColumnNumbering.IdentityToSerial;
import io.wsmigrate.ops.ColumnNumbering.PlainToSerial;
import io.wsmigrate.ops.ColumnNumbering.SerialToIdentity;
import io.wsmigrate.ops.ColumnNumbering.SerialToPlain;
import io.wsmigrate.ops.ColumnOperation.AddColumn;
import io.wsmigrate.ops.ColumnOperation.AlterColumnCollation;
import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.ops.ColumnOperation.AlterColumnNullability;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.ColumnOperation.DropColumn;
import io.wsmigrate.ops.ColumnOperation.RenameColumn;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.TypeChanges;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Column operations as Liquibase changes. */
final class ColumnChanges {
    private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "character");
    /** String types an explicit cast cuts to their length. */
    private static final Set<String> BOUNDED_STRING_TYPES = Set.of("character varying", "character");

    private ColumnChanges() {
    }

    static List<ChangeEntry> render(ColumnOperation operation) {
        return operation.accept(RENDER);
    }

    private static Attributes table(ColumnOperation operation) {
        return Attributes.create().table(operation.table());
    }

    private static final ColumnOperation.Visitor<List<ChangeEntry>> RENDER = new ColumnOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> addColumn(AddColumn add) {
            if (add.serialSequence() != null) {
                return serialColumn(add.table(), add.column());
            }
            if (add.column().generated() != null) {
                return generatedColumn(add.table(), add.column());
            }
            List<ChangeEntry> entries = new ArrayList<>();
            entries.add(table(add).put("columns", Attributes.columns(List.of(ChangeRenderer.column(add.column(), null))))
                    .entry("addColumn"));
            entries.addAll(ChangeRenderer.untrimmedComments(add.table(), List.of(add.column())));
            entries.addAll(collations(add.table(), List.of(add.column())));
            return entries;
        }

        @Override
        public List<ChangeEntry> dropColumn(DropColumn drop) {
            return List.of(table(drop).put("columnName", drop.column().name()).entry("dropColumn"));
        }

        @Override
        public List<ChangeEntry> renameColumn(RenameColumn rename) {
            return List.of(table(rename).put("oldColumnName", rename.from()).put("newColumnName", rename.to())
                    .entry("renameColumn"));
        }

        @Override
        public List<ChangeEntry> alterColumnType(AlterColumnType change) {
            return List.of(type(change, table(change)));
        }

        @Override
        public List<ChangeEntry> alterColumnCollation(AlterColumnCollation collation) {
            return List.of(ChangeEntry.sql(DdlFragments.alterTable(collation.table(), "ALTER COLUMN "
                    + Identifiers.quote(collation.column()) + " TYPE " + collation.type().sql() + " COLLATE "
                    + collate(collation.to()))));
        }

        @Override
        public List<ChangeEntry> alterColumnNullability(AlterColumnNullability change) {
            return List.of(table(change).put("columnName", change.column()).put("columnDataType", change.type().sql())
                    .entry(change.nullable() ? "dropNotNullConstraint" : "addNotNullConstraint"));
        }

        @Override
        public List<ChangeEntry> alterColumnDefault(AlterColumnDefault change) {
            Attributes table = table(change).put("columnName", change.column()).put("columnDataType", change.type().sql());
            return List.of(change.to() == null ? table.entry("dropDefaultValue")
                    : table.put("defaultValueComputed", change.to()).entry("addDefaultValue"));
        }

        @Override
        public List<ChangeEntry> alterColumnIdentity(AlterColumnIdentity change) {
            return identity(change);
        }

        @Override
        public List<ChangeEntry> serialToIdentity(SerialToIdentity change) {
            return List.of(ChangeEntry.sql(KeyGeneratorSql.serialToIdentity(change)));
        }

        @Override
        public List<ChangeEntry> identityToSerial(IdentityToSerial change) {
            return List.of(ChangeEntry.sql(KeyGeneratorSql.identityToSerial(change)));
        }

        @Override
        public List<ChangeEntry> serialToPlain(SerialToPlain change) {
            return List.of(ChangeEntry.sql(KeyGeneratorSql.serialToPlain(change)));
        }

        @Override
        public List<ChangeEntry> plainToSerial(PlainToSerial change) {
            return List.of(ChangeEntry.sql(KeyGeneratorSql.plainToSerial(change)));
        }

        @Override
        public List<ChangeEntry> setColumnComment(SetColumnComment comment) {
            if (!DdlFragments.isTrimmedText(comment.to())) {
                return List.of(ChangeEntry.sql(DdlFragments.commentOnColumn(comment.table(), comment.column(), comment.to())));
            }
            return List.of(table(comment).put("columnName", comment.column())
                    .put("remarks", comment.to() == null ? "" : comment.to())
                    .entry("setColumnRemarks"));
        }
    };

    /**
     * Liquibase's column types carry no collation: a new column that has one gets it right after
     * it is created, while it is still empty.
     */
    static List<ChangeEntry> collations(QualifiedName table, List<Column> columns) {
        return columns.stream().filter(c -> c.collation() != null)
                .map(c -> render(new AlterColumnCollation(table, c.name(), c.type(), null, c.collation())).get(0))
                .toList();
    }

    /** A collation name as SQL; {@code "default"} is the type's own. */
    static String collate(String collation) {
        return Identifiers.alwaysQuote(collation == null ? "default" : collation);
    }

    /**
     * Liquibase's {@code modifyDataType} always adds {@code USING (column::type)}. An explicit cast
     * to a shorter type truncates ({@code 'abcdef'::varchar(3)} is {@code 'abc'}, from text as from a
     * longer varchar), so a narrowing change of the same type, or from any string type to a bounded
     * one, keeps PostgreSQL's own assignment cast, which refuses values that don't fit; an
     * operation's own USING expression is kept as written.
     */
    private static ChangeEntry type(AlterColumnType change, Attributes table) {
        boolean sameFamily = change.from().base().equals(change.to().base())
                || STRING_TYPES.contains(change.from().base()) && BOUNDED_STRING_TYPES.contains(change.to().base());
        boolean narrowsByCast = sameFamily && change.from().arrayDimensions() == change.to().arrayDimensions()
                && TypeChanges.isNarrowing(change.from(), change.to());
        String largeObject = largeObjectConversion(change);
        String usingExpression = largeObject != null ? largeObject : change.using();
        if (usingExpression == null && !narrowsByCast) {
            return table.put("columnName", change.column()).put("newDataType", change.to().sql()).entry("modifyDataType");
        }
        String using = usingExpression == null ? "" : " USING " + usingExpression;
        return ChangeEntry.sql(DdlFragments.alterTable(change.table(), "ALTER COLUMN " + Identifiers.quote(change.column())
                + " TYPE " + change.to().sql() + using));
    }

    /**
     * An oid column of a {@code @Lob} holds large objects. From bytea there is no cast at all, and a
     * cast from text would read the text as an object id: the bytes (text as UTF-8, the JDBC
     * driver's encoding) move into a new large object instead, or are read back out of it.
     */
    private static String largeObjectConversion(AlterColumnType change) {
        String column = Identifiers.quote(change.column());
        boolean toLob = isPlain(change.to(), "oid");
        boolean fromLob = isPlain(change.from(), "oid");
        if (toLob && isPlain(change.from(), "bytea")) {
            return "lo_from_bytea(0, " + column + ")";
        }
        if (toLob && isString(change.from())) {
            return "lo_from_bytea(0, convert_to(" + column + ", 'UTF8'))";
        }
        if (fromLob && isPlain(change.to(), "bytea")) {
            return "lo_get(" + column + ")";
        }
        if (fromLob && isString(change.to())) {
            return "convert_from(lo_get(" + column + "), 'UTF8')";
        }
        return null;
    }

    private static boolean isPlain(ColumnType type, String base) {
        return type.base().equals(base) && !type.isArray();
    }

    private static boolean isString(ColumnType type) {
        return STRING_TYPES.contains(type.base()) && !type.isArray();
    }

    /**
     * Liquibase has no word for a generated column: it is added in SQL, its comment after it, and
     * its downgrade is the reverse operation's {@code dropColumn}.
     */
    /** {@code serial}, {@code bigserial} or {@code smallserial}: the pseudo-type numbers existing rows too. */
    private static List<ChangeEntry> serialColumn(QualifiedName table, Column column) {
        String type = switch (column.type().base()) {
            case "bigint" -> "bigserial";
            case "smallint" -> "smallserial";
            default -> "serial";
        };
        List<ChangeEntry> entries = new ArrayList<>();
        entries.add(ChangeEntry.sql(DdlFragments.alterTable(table, "ADD COLUMN " + Identifiers.quote(column.name()) + " "
                + type)));
        if (column.comment() != null) {
            entries.add(ChangeEntry.sql(DdlFragments.commentOnColumn(table, column.name(), column.comment())));
        }
        return entries;
    }

    static List<ChangeEntry> generatedColumn(QualifiedName table, Column column) {
        List<ChangeEntry> entries = new ArrayList<>();
        entries.add(ChangeEntry.sql(DdlFragments.alterTable(table, "ADD COLUMN " + Identifiers.quote(column.name()) + " "
                + column.type().sql() + (column.collation() == null ? "" : " COLLATE " + collate(column.collation()))
                + " " + column.generated().sql() + (column.nullable() ? "" : " NOT NULL"))));
        if (column.comment() != null) {
            entries.add(ChangeEntry.sql(DdlFragments.commentOnColumn(table, column.name(), column.comment())));
        }
        return entries;
    }

    /** Liquibase's {@code addAutoIncrement} makes a serial-style sequence on PostgreSQL, not an identity. */
    private static List<ChangeEntry> identity(AlterColumnIdentity change) {
        if (change.from() == change.to()) {
            return List.of();
        }
        return List.of(ChangeEntry.sql(KeyGeneratorSql.identity(change)));
    }
}
