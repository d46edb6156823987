package io.wsmigrate.ops;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.util.Optional;

/**
 * Operations on one column of an existing table; changes of how a column is numbered (serial,
 * identity, a free sequence) are the {@link ColumnNumbering} ones.
 */
public sealed interface ColumnOperation extends Operation
        permits ColumnOperation.AddColumn, ColumnOperation.DropColumn, ColumnOperation.RenameColumn,
        ColumnOperation.AlterColumnType, ColumnOperation.AlterColumnCollation, ColumnOperation.AlterColumnNullability,
        ColumnOperation.AlterColumnDefault, ColumnOperation.AlterColumnIdentity, ColumnOperation.SetColumnComment,
        ColumnNumbering {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R addColumn(AddColumn operation);

        R dropColumn(DropColumn operation);

        R renameColumn(RenameColumn operation);

        R alterColumnType(AlterColumnType operation);

        R alterColumnCollation(AlterColumnCollation operation);

        R alterColumnNullability(AlterColumnNullability operation);

        R alterColumnDefault(AlterColumnDefault operation);

        R alterColumnIdentity(AlterColumnIdentity operation);

        R serialToIdentity(ColumnNumbering.SerialToIdentity operation);

        R identityToSerial(ColumnNumbering.IdentityToSerial operation);

        R serialToPlain(ColumnNumbering.SerialToPlain operation);

        R plainToSerial(ColumnNumbering.PlainToSerial operation);

        R setColumnComment(SetColumnComment operation);
    }

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(Operation.Visitor<R> visitor) {
        return visitor.column(this);
    }

    QualifiedName table();

    @Override
    default QualifiedName target() {
        return table();
    }

    /**
     * {@code serialSequence}, when not null, is the sequence of a serial column (its
     * {@code nextval} default): the column is added as {@code serial}, which creates and owns that
     * sequence and numbers the rows already there.
     */
    record AddColumn(QualifiedName table, Column column, QualifiedName serialSequence) implements ColumnOperation {
        public AddColumn(QualifiedName table, Column column) {
            this(table, column, null);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addColumn(this);
        }

        @Override
        public Operation reverse() {
            return new DropColumn(table, column);
        }

        @Override
        public String describe() {
            return "add column " + table + "." + column.name();
        }

        @Override
        public Optional<String> review() {
            boolean failsOnRows = !column.nullable() && column.defaultExpression() == null && serialSequence == null
                    && column.identity() == Identity.NONE && column.generated() == null;
            return failsOnRows
                    ? Optional.of("NOT NULL column without a default fails if " + table + " has rows")
                    : Optional.empty();
        }
    }

    record DropColumn(QualifiedName table, Column column) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropColumn(this);
        }

        @Override
        public Operation reverse() {
            return new AddColumn(table, column);
        }

        @Override
        public String describe() {
            return "drop column " + table + "." + column.name();
        }

        @Override
        public Optional<String> review() {
            return Optional.of("drops column " + table + "." + column.name() + " and its data");
        }
    }

    record RenameColumn(QualifiedName table, String from, String to) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.renameColumn(this);
        }

        @Override
        public Operation reverse() {
            return new RenameColumn(table, to, from);
        }

        @Override
        public String describe() {
            return "rename column " + table + "." + from + " to " + to;
        }
    }

    /** A type change; {@code using} is the USING expression for a cast PostgreSQL won't do alone. */
    record AlterColumnType(QualifiedName table, String column, ColumnType from, ColumnType to, String using)
            implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterColumnType(this);
        }

        @Override
        public Operation reverse() {
            return new AlterColumnType(table, column, to, from, null);
        }

        @Override
        public String describe() {
            return "alter type of " + table + "." + column + ": " + from.sql() + " -> " + to.sql();
        }

        @Override
        public Optional<String> review() {
            String column = table + "." + this.column;
            return switch (TypeChanges.classify(from, to)) {
                case METADATA_ONLY -> Optional.empty();
                case REWRITE -> Optional.of("rewrites " + table + " under an exclusive lock while " + column
                        + " changes to " + to.sql());
                case CONVERSION -> Optional.of("converts " + column + " from " + from.sql() + " to " + to.sql()
                        + ": fails if an existing value does not convert; rewrites " + table);
                case NARROWING -> Optional.of("narrows " + column + " from " + from.sql() + " to " + to.sql()
                        + ": fails if an existing value does not fit, or rounds it to the new scale or precision");
            };
        }
    }

    /**
     * A column's collation, set as {@code ALTER COLUMN ... TYPE type COLLATE ...}; null is the
     * type's default collation. The type is the column's current one, which the statement repeats.
     */
    record AlterColumnCollation(QualifiedName table, String column, ColumnType type, String from, String to)
            implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterColumnCollation(this);
        }

        @Override
        public Operation reverse() {
            return new AlterColumnCollation(table, column, type, to, from);
        }

        @Override
        public String describe() {
            return "alter collation of " + table + "." + column + ": " + name(from) + " -> " + name(to);
        }

        @Override
        public Optional<String> review() {
            return Optional.of("locks " + table + " and rebuilds the indexes on " + column
                    + ", whose order changes with the collation");
        }

        private static String name(String collation) {
            return collation == null ? "default" : collation;
        }
    }

    /** NULL / NOT NULL. {@code type} is the column's type, which Liquibase wants in the change. */
    record AlterColumnNullability(QualifiedName table, String column, ColumnType type, boolean nullable)
            implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterColumnNullability(this);
        }

        @Override
        public Operation reverse() {
            return new AlterColumnNullability(table, column, type, !nullable);
        }

        @Override
        public String describe() {
            return (nullable ? "drop NOT NULL on " : "set NOT NULL on ") + table + "." + column;
        }

        @Override
        public Optional<String> review() {
            return nullable ? Optional.empty()
                    : Optional.of("fails if " + table + "." + column + " holds NULL in existing rows");
        }
    }

    /** Server default; null means no default. */
    record AlterColumnDefault(QualifiedName table, String column, ColumnType type, String from, String to)
            implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterColumnDefault(this);
        }

        @Override
        public Operation reverse() {
            return new AlterColumnDefault(table, column, type, to, from);
        }

        @Override
        public String describe() {
            return (to == null ? "drop default of " : "set default of ") + table + "." + column;
        }
    }

    /**
     * Adds, drops or changes an identity. {@code sequence}, when not null, is the free sequence the
     * application numbered the column from before it became an identity (or numbers it from after):
     * the identity continues after that sequence's last value, or hands its own back to it, so no
     * key is given out twice.
     */
    record AlterColumnIdentity(QualifiedName table, String column, Identity from, Identity to,
                               QualifiedName sequence) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterColumnIdentity(this);
        }

        public AlterColumnIdentity(QualifiedName table, String column, Identity from, Identity to) {
            this(table, column, from, to, null);
        }

        @Override
        public Operation reverse() {
            return new AlterColumnIdentity(table, column, to, from, sequence);
        }

        @Override
        public String describe() {
            return "identity of " + table + "." + column + ": " + from + " -> " + to;
        }
    }

    record SetColumnComment(QualifiedName table, String column, String from, String to) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setColumnComment(this);
        }

        @Override
        public Operation reverse() {
            return new SetColumnComment(table, column, to, from);
        }

        @Override
        public String describe() {
            return (to == null ? "remove comment on column " : "set comment on column ") + table + "." + column;
        }
    }
}
