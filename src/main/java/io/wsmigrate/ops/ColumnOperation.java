package io.wsmigrate.ops;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.util.Optional;

/** Operations on one column of an existing table. */
public sealed interface ColumnOperation extends Operation {
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

        R serialToIdentity(SerialToIdentity operation);

        R identityToSerial(IdentityToSerial operation);

        R serialToPlain(SerialToPlain operation);

        R plainToSerial(PlainToSerial operation);

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

    record AddColumn(QualifiedName table, Column column) implements ColumnOperation {
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
            boolean failsOnRows = !column.nullable() && column.defaultExpression() == null
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

    /**
     * A serial column (its {@code serialDefault}, {@code nextval} of the {@code sequence} it owns)
     * becomes an identity column: the default and the sequence go, the identity continues after the
     * sequence's last value and the column's largest value. {@code type} is the column's type
     * while it is a serial, the type the sequence has.
     */
    record SerialToIdentity(QualifiedName table, String column, ColumnType type, QualifiedName sequence,
                            String serialDefault, Identity identity) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.serialToIdentity(this);
        }

        @Override
        public Operation reverse() {
            return new IdentityToSerial(table, column, type, sequence, serialDefault, identity);
        }

        @Override
        public String describe() {
            return "serial " + table + "." + column + " (sequence " + sequence + ") -> identity " + identity;
        }
    }

    /** The reverse of {@link SerialToIdentity}: the owned sequence continues after the identity's values. */
    record IdentityToSerial(QualifiedName table, String column, ColumnType type, QualifiedName sequence,
                            String serialDefault, Identity identity) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.identityToSerial(this);
        }

        @Override
        public Operation reverse() {
            return new SerialToIdentity(table, column, type, sequence, serialDefault, identity);
        }

        @Override
        public String describe() {
            return "identity " + identity + " " + table + "." + column + " -> serial (sequence " + sequence + ")";
        }
    }

    /**
     * A serial column stops numbering its rows: its default and the sequence it owns go. When the
     * application numbers the column from a free sequence instead ({@code continuedBy}, not null),
     * that sequence continues after the serial's last value and the column's largest value.
     */
    record SerialToPlain(QualifiedName table, String column, ColumnType type, QualifiedName sequence,
                         String serialDefault, QualifiedName continuedBy) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.serialToPlain(this);
        }

        @Override
        public Operation reverse() {
            return new PlainToSerial(table, column, type, sequence, serialDefault, continuedBy);
        }

        @Override
        public String describe() {
            return "serial " + table + "." + column + " (sequence " + sequence + ") -> "
                    + (continuedBy == null ? "no generator" : "sequence " + continuedBy);
        }
    }

    /** The reverse of {@link SerialToPlain}: the serial's sequence continues after the column's values. */
    record PlainToSerial(QualifiedName table, String column, ColumnType type, QualifiedName sequence,
                         String serialDefault, QualifiedName continuedBy) implements ColumnOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.plainToSerial(this);
        }

        @Override
        public Operation reverse() {
            return new SerialToPlain(table, column, type, sequence, serialDefault, continuedBy);
        }

        @Override
        public String describe() {
            return (continuedBy == null ? "no generator" : "sequence " + continuedBy) + " -> serial " + table
                    + "." + column + " (sequence " + sequence + ")";
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
