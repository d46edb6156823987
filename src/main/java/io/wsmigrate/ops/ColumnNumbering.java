package io.wsmigrate.ops;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;

/**
 * A column changes how it is numbered: from serial (a {@code nextval} default of a sequence it
 * owns) to identity or to no generator, and back. Each keeps the numbering going after the largest
 * value given out, so no key is given out twice.
 */
public sealed interface ColumnNumbering extends ColumnOperation {
    /**
     * A serial column (its {@code serialDefault}, {@code nextval} of the {@code sequence} it owns)
     * becomes an identity column: the default and the sequence go, the identity continues after the
     * sequence's last value and the column's largest value. {@code type} is the column's type
     * while it is a serial, the type the sequence has.
     */
    record SerialToIdentity(QualifiedName table, String column, ColumnType type, QualifiedName sequence,
                            String serialDefault, Identity identity) implements ColumnNumbering {
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
                            String serialDefault, Identity identity) implements ColumnNumbering {
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
                         String serialDefault, QualifiedName continuedBy) implements ColumnNumbering {
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
                         String serialDefault, QualifiedName continuedBy) implements ColumnNumbering {
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
}
