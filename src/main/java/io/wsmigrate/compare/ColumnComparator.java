package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnNumbering.IdentityToSerial;
import io.wsmigrate.ops.ColumnNumbering.PlainToSerial;
import io.wsmigrate.ops.ColumnNumbering.SerialToIdentity;
import io.wsmigrate.ops.ColumnNumbering.SerialToPlain;
import io.wsmigrate.ops.ColumnOperation.AlterColumnCollation;
import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.ops.ColumnOperation.AlterColumnNullability;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The changes to one column present on both sides, in an order PostgreSQL accepts both ways: an
 * identity is dropped before a default is set and added after the default is gone and NOT NULL is
 * in place; a column's default is dropped before its type changes and set again after it.
 * A serial and an identity are different things in the catalog (a default and an owned sequence,
 * or the column's own identity sequence), so a switch between them is one operation of its own.
 */
final class ColumnComparator {
    private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "character");

    private ColumnComparator() {
    }

    static List<ColumnOperation> compare(QualifiedName table, Column current, Column target, KeyGenerators generators) {
        Optional<QualifiedName> serial = generators.databaseSerial(current);
        if (serial.isPresent() && target.identity() != Identity.NONE && effectiveDefault(target) == null) {
            return serialToIdentity(table, current, target, serial.get());
        }
        if (serial.isPresent() && target.identity() == Identity.NONE && effectiveDefault(target) == null) {
            List<ColumnOperation> ops = new ArrayList<>();
            ops.add(new SerialToPlain(table, current.name(), current.type(), serial.get(), current.defaultExpression(),
                    generators.replacedSequence(table, current.name())));
            ops.addAll(compare(table, current.withDefault(null), target, generators));
            return ops;
        }
        Optional<QualifiedName> newSerial = generators.modelSerial(target);
        if (newSerial.isPresent() && effectiveDefault(current) == null) {
            return current.identity() != Identity.NONE ? identityToSerial(table, current, target, newSerial.get())
                    : plainToSerial(table, current, target, newSerial.get(), generators);
        }
        List<ColumnOperation> ops = new ArrayList<>();
        String name = current.name();
        boolean identityChanges = current.identity() != target.identity();
        boolean identityComesOrGoes = identityChanges
                && (current.identity() == Identity.NONE || target.identity() == Identity.NONE);
        QualifiedName replaced = identityComesOrGoes ? generators.replacedSequence(table, name) : null;
        String fromDefault = effectiveDefault(current);
        String toDefault = effectiveDefault(target);
        boolean typeChanges = !current.type().equals(target.type());
        String using = typeChanges ? using(name, current.type(), target.type()) : null;
        // PostgreSQL carries a default through a type change as the old expression under a cast to
        // the new type (a text column keeps 'x'::character varying), and a cast that needs USING has
        // no automatic form at all. Set again after the change, the default is stored as Hibernate's
        // DDL stores it on a new column ('x'::text), even when it reads the same.
        boolean defaultCannotFollow = typeChanges && fromDefault != null;
        boolean defaultChanges = defaultCannotFollow || !Objects.equals(
                Normalizer.defaultExpression(fromDefault, current.type()),
                Normalizer.defaultExpression(toDefault, target.type()));

        if (identityChanges && target.identity() == Identity.NONE) {
            ops.add(new AlterColumnIdentity(table, name, current.identity(), Identity.NONE, replaced));
        }
        String defaultBeforeType = fromDefault;
        if (defaultChanges && typeChanges && fromDefault != null) {
            ops.add(new AlterColumnDefault(table, name, current.type(), fromDefault, null));
            defaultBeforeType = null;
        }
        // A type change resets the collation to the new type's default: it is taken off first so
        // that the reverse puts it back after the reverse type change, and set again afterwards.
        String collation = wantedCollation(current, target);
        if (typeChanges && current.collation() != null) {
            ops.add(new AlterColumnCollation(table, name, current.type(), current.collation(), null));
        }
        if (typeChanges) {
            ops.add(new AlterColumnType(table, name, current.type(), target.type(), using));
        }
        String collationAfterType = typeChanges ? null : current.collation();
        if (!Objects.equals(collationAfterType, collation)) {
            ops.add(new AlterColumnCollation(table, name, target.type(), collationAfterType, collation));
        }
        if (current.nullable() && !target.nullable()) {
            ops.add(new AlterColumnNullability(table, name, target.type(), false));
        }
        if (defaultChanges && !Objects.equals(defaultBeforeType, toDefault)) {
            ops.add(new AlterColumnDefault(table, name, target.type(), defaultBeforeType, toDefault));
        }
        if (identityChanges && target.identity() != Identity.NONE) {
            ops.add(new AlterColumnIdentity(table, name, current.identity(), target.identity(), replaced));
        }
        if (!current.nullable() && target.nullable()) {
            ops.add(new AlterColumnNullability(table, name, target.type(), true));
        }
        addComment(ops, table, current, target);
        return ops;
    }

    /**
     * The serial's default and sequence make way for the identity while the column still has the
     * serial's type, so that the reverse recreates the sequence with that type; then the type.
     */
    private static List<ColumnOperation> serialToIdentity(QualifiedName table, Column current, Column target,
                                                          QualifiedName sequence) {
        List<ColumnOperation> ops = new ArrayList<>();
        if (current.nullable()) {
            ops.add(new AlterColumnNullability(table, current.name(), current.type(), false));
        }
        ops.add(new SerialToIdentity(table, current.name(), current.type(), sequence, current.defaultExpression(),
                target.identity()));
        if (!current.type().equals(target.type())) {
            ops.add(new AlterColumnType(table, current.name(), current.type(), target.type(), null));
        }
        addComment(ops, table, current, target);
        return ops;
    }

    private static List<ColumnOperation> identityToSerial(QualifiedName table, Column current, Column target,
                                                          QualifiedName sequence) {
        List<ColumnOperation> ops = new ArrayList<>();
        if (!current.type().equals(target.type())) {
            ops.add(new AlterColumnType(table, current.name(), current.type(), target.type(), null));
        }
        ops.add(new IdentityToSerial(table, current.name(), target.type(), sequence, target.defaultExpression(),
                current.identity()));
        if (target.nullable()) {
            ops.add(new AlterColumnNullability(table, current.name(), target.type(), true));
        }
        addComment(ops, table, current, target);
        return ops;
    }

    /** A column without generator becomes a serial, numbered after its values (and a sequence it used). */
    private static List<ColumnOperation> plainToSerial(QualifiedName table, Column current, Column target,
                                                       QualifiedName sequence, KeyGenerators generators) {
        List<ColumnOperation> ops = new ArrayList<>(compare(table, current, target.withDefault(null), generators));
        ops.add(new PlainToSerial(table, current.name(), target.type(), sequence, target.defaultExpression(),
                generators.replacedSequence(table, current.name())));
        return ops;
    }

    private static void addComment(List<ColumnOperation> ops, QualifiedName table, Column current, Column target) {
        if (!Objects.equals(current.comment(), target.comment())) {
            ops.add(new SetColumnComment(table, current.name(), current.comment(), target.comment()));
        }
    }

    /**
     * The entity's collation, or the database's when the entity names none: a model cannot tell
     * "the default collation" from "not specified", so a collation set by hand is kept.
     */
    static String wantedCollation(Column current, Column target) {
        return target.collation() != null ? target.collation() : current.collation();
    }

    /** The default as written, or null when it is absent or only {@code NULL}. */
    static String effectiveDefault(Column column) {
        return Normalizer.defaultExpression(column.defaultExpression(), column.type()) == null
                ? null : column.defaultExpression();
    }

    /** {@code USING col::type} where PostgreSQL has no automatic cast: from text, to or from boolean. */
    private static String using(String column, ColumnType from, ColumnType to) {
        boolean fromString = STRING_TYPES.contains(from.base());
        boolean toString = STRING_TYPES.contains(to.base());
        boolean booleanChange = from.base().equals("boolean") != to.base().equals("boolean");
        boolean needsCast = from.arrayDimensions() != to.arrayDimensions()
                || (fromString && !toString) || (booleanChange && !toString);
        return needsCast ? Identifiers.quote(column) + "::" + to.sql() : null;
    }
}
