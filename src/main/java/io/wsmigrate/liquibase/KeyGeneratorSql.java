package io.wsmigrate.liquibase;

import io.wsmigrate.ops.ColumnNumbering.IdentityToSerial;
import io.wsmigrate.ops.ColumnNumbering.PlainToSerial;
import io.wsmigrate.ops.ColumnNumbering.SerialToIdentity;
import io.wsmigrate.ops.ColumnNumbering.SerialToPlain;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.util.Set;

/**
 * The statements that move a column from one key generator to another (serial, identity, a free
 * sequence the application draws from) so that no key is given out twice: the new generator
 * continues after the largest of the old one's last value and the column's largest value. A
 * sequence's last value is {@code pg_sequence_last_value}, null until it is first used; a never
 * used sequence has given out nothing, and {@code setval} of NULL changes nothing.
 */
final class KeyGeneratorSql {
    private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");

    private KeyGeneratorSql() {
    }

    /**
     * In one block, because the serial's sequence must be read before it is dropped and dropped
     * before the identity is added, so that the identity's sequence gets the name PostgreSQL gives
     * it on a fresh table ({@code <table>_<column>_seq}), the serial's name.
     */
    static String serialToIdentity(SerialToIdentity change) {
        String column = Identifiers.quote(change.column());
        String table = change.table().sql();
        String body = " DECLARE next_value bigint; BEGIN"
                + " SELECT GREATEST(" + lastValue(Identifiers.literal(change.sequence().sql())) + ", pg_catalog.max("
                + column + ")) FROM " + table + " INTO next_value;"
                + " ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT;"
                + " DROP SEQUENCE " + change.sequence().sql() + ";"
                + " ALTER TABLE " + table + " ALTER COLUMN " + column + " ADD GENERATED "
                + generated(change.identity()) + " AS IDENTITY;"
                + " PERFORM pg_catalog.setval(" + identitySequence(change.table(), change.column()) + ", next_value);"
                + " END ";
        return DdlFragments.doBlock(body);
    }

    /** The serial's sequence as {@code serial} creates it: of the column's type, owned by the column. */
    static String identityToSerial(IdentityToSerial change) {
        String column = Identifiers.quote(change.column());
        return serialFrom(change.table(), change.column(), change.sequence(), change.serialDefault(), change.type(),
                "SELECT GREATEST(" + lastValue(identitySequence(change.table(), change.column())) + ", pg_catalog.max("
                        + column + ")) FROM " + change.table().sql(), "ALTER TABLE " + change.table().sql()
                        + " ALTER COLUMN " + column + " DROP IDENTITY;");
    }

    /** The serial's default and sequence go; a sequence that takes over continues after them. */
    static String serialToPlain(SerialToPlain change) {
        String column = Identifiers.quote(change.column());
        String table = change.table().sql();
        String handOver = change.continuedBy() == null ? "" : " PERFORM pg_catalog.setval("
                + Identifiers.literal(change.continuedBy().sql()) + ", GREATEST(next_value, "
                + lastValue(Identifiers.literal(change.continuedBy().sql())) + "));";
        String body = " DECLARE next_value bigint; BEGIN"
                + " SELECT GREATEST(" + lastValue(Identifiers.literal(change.sequence().sql())) + ", pg_catalog.max("
                + column + ")) FROM " + table + " INTO next_value;"
                + " ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT;"
                + " DROP SEQUENCE " + change.sequence().sql() + ";"
                + handOver
                + " END ";
        return DdlFragments.doBlock(body);
    }

    /** The serial's sequence is created again, after the column's values and those of the sequence used since. */
    static String plainToSerial(PlainToSerial change) {
        String column = Identifiers.quote(change.column());
        String table = change.table().sql();
        String taken = change.continuedBy() == null ? ""
                : lastValue(Identifiers.literal(change.continuedBy().sql())) + ", ";
        return serialFrom(change.table(), change.column(), change.sequence(), change.serialDefault(), change.type(),
                "SELECT GREATEST(" + taken + "pg_catalog.max(" + column + ")) FROM " + table);
    }

    /**
     * An identity added to a column the application numbered from {@code change.sequence()}
     * continues after that sequence; one dropped hands its last value back to it first. The
     * sequence keeps whatever is larger, so a shared sequence never goes backwards.
     */
    static String identity(AlterColumnIdentity change) {
        String statement = DdlFragments.identity(change.table(), change.column(), change.from(), change.to());
        if (change.from() != Identity.NONE && change.to() != Identity.NONE) {
            return statement;
        }
        if (change.sequence() == null) {
            return change.from() == Identity.NONE
                    ? statement + ";\n" + DdlFragments.syncIdentitySequence(change.table(), change.column()) : statement;
        }
        String column = Identifiers.quote(change.column());
        String sequence = Identifiers.literal(change.sequence().sql());
        String identitySequence = identitySequence(change.table(), change.column());
        if (change.from() == Identity.NONE) {
            return statement + ";\nSELECT pg_catalog.setval(" + identitySequence + ", GREATEST(" + lastValue(sequence)
                    + ", pg_catalog.max(" + column + "))) FROM " + change.table().sql();
        }
        return "SELECT pg_catalog.setval(" + sequence + ", GREATEST(" + lastValue(sequence) + ", "
                + lastValue(identitySequence) + ", pg_catalog.max(" + column + "))) FROM " + change.table().sql()
                + ";\n" + statement;
    }

    /**
     * A block that reads where numbering must continue ({@code lastQuery}, one value), runs
     * {@code before}, then makes the column a serial whose sequence continues after that value.
     */
    private static String serialFrom(QualifiedName table, String columnName, QualifiedName sequenceName,
                                     String serialDefault, ColumnType type, String lastQuery, String... before) {
        String column = Identifiers.quote(columnName);
        String sequence = sequenceName.sql();
        String body = " DECLARE next_value bigint; BEGIN " + lastQuery + " INTO next_value; "
                + String.join(" ", before)
                + " CREATE SEQUENCE " + sequence + sequenceType(type) + ";"
                + " ALTER SEQUENCE " + sequence + " OWNED BY " + table.sql() + "." + column + ";"
                + " ALTER TABLE " + table.sql() + " ALTER COLUMN " + column + " SET DEFAULT " + serialDefault + ";"
                + " PERFORM pg_catalog.setval(" + Identifiers.literal(sequence) + ", next_value);"
                + " END ";
        return DdlFragments.doBlock(body);
    }

    private static String lastValue(String sequenceText) {
        return "pg_catalog.pg_sequence_last_value(" + sequenceText + "::regclass)";
    }

    private static String identitySequence(QualifiedName table, String column) {
        return "pg_catalog.pg_get_serial_sequence(" + Identifiers.literal(table.sql()) + ", "
                + Identifiers.literal(column) + ")";
    }

    private static String generated(Identity identity) {
        return identity == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }

    /** {@code serial} makes its sequence of the column's integer type; bigint is CREATE SEQUENCE's own default. */
    private static String sequenceType(ColumnType type) {
        boolean integral = SEQUENCE_TYPES.contains(type.base()) && !type.isArray();
        return integral && !type.base().equals("bigint") ? " AS " + type.base() : "";
    }
}
