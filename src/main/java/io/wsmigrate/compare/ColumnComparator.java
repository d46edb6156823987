package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnOperation;
import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.ops.ColumnOperation.AlterColumnNullability;
import io.wsmigrate.ops.ColumnOperation.AlterColumnType;
import io.wsmigrate.ops.ColumnOperation.SetColumnComment;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The changes to one column present on both sides, in an order PostgreSQL accepts both ways: an
 * identity is dropped before a default is set and added after the default is gone and NOT NULL is
 * in place; a column's default is dropped before its type changes and set again after it.
 */
final class ColumnComparator {
    private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "character");

    private ColumnComparator() {
    }

    static List<ColumnOperation> compare(QualifiedName table, Column current, Column target) {
        List<ColumnOperation> ops = new ArrayList<>();
        String name = current.name();
        boolean equivalentGenerators = serialMatchesIdentity(current, target) || serialMatchesIdentity(target, current);
        boolean identityChanges = !equivalentGenerators && current.identity() != target.identity();
        String fromDefault = effectiveDefault(current);
        String toDefault = effectiveDefault(target);
        boolean typeChanges = !current.type().equals(target.type());
        String using = typeChanges ? using(name, current.type(), target.type()) : null;
        // PostgreSQL carries a default through a type change as the old expression under a cast to
        // the new type (a text column keeps 'x'::character varying), and a cast that needs USING has
        // no automatic form at all. Set again after the change, the default is stored as Hibernate's
        // DDL stores it on a new column ('x'::text), even when it reads the same.
        boolean defaultCannotFollow = typeChanges && fromDefault != null;
        boolean defaultChanges = !equivalentGenerators && (defaultCannotFollow || !Objects.equals(
                Normalizer.defaultExpression(fromDefault, current.type()),
                Normalizer.defaultExpression(toDefault, target.type())));

        if (identityChanges && target.identity() == Identity.NONE) {
            ops.add(new AlterColumnIdentity(table, name, current.identity(), Identity.NONE));
        }
        String defaultBeforeType = fromDefault;
        if (defaultChanges && typeChanges && fromDefault != null) {
            ops.add(new AlterColumnDefault(table, name, current.type(), fromDefault, null));
            defaultBeforeType = null;
        }
        if (typeChanges) {
            ops.add(new AlterColumnType(table, name, current.type(), target.type(), using));
        }
        if (current.nullable() && !target.nullable()) {
            ops.add(new AlterColumnNullability(table, name, target.type(), false));
        }
        if (defaultChanges && !Objects.equals(defaultBeforeType, toDefault)) {
            ops.add(new AlterColumnDefault(table, name, target.type(), defaultBeforeType, toDefault));
        }
        if (identityChanges && target.identity() != Identity.NONE) {
            ops.add(new AlterColumnIdentity(table, name, current.identity(), target.identity()));
        }
        if (!current.nullable() && target.nullable()) {
            ops.add(new AlterColumnNullability(table, name, target.type(), true));
        }
        if (!Objects.equals(current.comment(), target.comment())) {
            ops.add(new SetColumnComment(table, name, current.comment(), target.comment()));
        }
        return ops;
    }

    /**
     * A serial column ({@code nextval(..)} default, no identity) against an identity column with no
     * default: both number new rows from a sequence, so this is no difference worth a migration.
     */
    static boolean serialMatchesIdentity(Column serial, Column identity) {
        return serial.identity() == Identity.NONE && Normalizer.sequenceOf(serial.defaultExpression()).isPresent()
                && identity.identity() != Identity.NONE && effectiveDefault(identity) == null;
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
