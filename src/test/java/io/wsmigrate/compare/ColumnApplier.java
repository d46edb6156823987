package io.wsmigrate.compare;

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
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Column operations of a {@link PlanApplier}; each checks that its "from" is the current state. */
final class ColumnApplier {
    private ColumnApplier() {
    }

    static void apply(AppliedSchema schema, ColumnOperation operation) {
        Table table = schema.table(operation.table());
        if (operation instanceof AddColumn add) {
            schema.require(table.column(add.column().name()).isEmpty(), "column " + add.column().name() + " exists");
            Column column = TableApplier.identityImpliesNotNull(table, add.column());
            schema.put(table.withColumns(append(table, column)));
        } else if (operation instanceof DropColumn drop) {
            drop(schema, table, drop.column());
        } else if (operation instanceof RenameColumn rename) {
            schema.column(table, rename.from());
            schema.require(table.column(rename.to()).isEmpty(), "column " + rename.to() + " exists");
            schema.put(SchemaEdits.renameColumn(table, rename.from(), rename.to()));
            schema.tables().replaceAll((n, t) ->
                    SchemaEdits.renameReferencedColumn(t, table.name(), rename.from(), rename.to()));
        } else {
            alter(schema, table, operation);
        }
    }

    private static void alter(AppliedSchema schema, Table table, ColumnOperation operation) {
        if (operation instanceof AlterColumnType type) {
            change(schema, table, type.column(), c -> {
                schema.require(c.type().equals(type.from()), "its type is " + c.type() + ", not " + type.from());
                return c.withType(type.to()).withCollation(null);
            });
        } else if (operation instanceof AlterColumnCollation collation) {
            change(schema, table, collation.column(), c -> {
                schema.require(Objects.equals(c.collation(), collation.from()) && c.type().equals(collation.type()),
                        "its collation is " + c.collation() + ", not " + collation.from());
                return c.withCollation(collation.to());
            });
        } else if (operation instanceof AlterColumnNullability nullability) {
            change(schema, table, nullability.column(), c -> {
                boolean keyColumn = table.primaryKey() != null && table.primaryKey().columns().contains(c.name());
                schema.require(!nullability.nullable() || (!keyColumn && c.identity() == Identity.NONE),
                        "a primary key or identity column cannot be nullable");
                return c.withNullable(nullability.nullable());
            });
        } else if (operation instanceof AlterColumnDefault change) {
            change(schema, table, change.column(), c -> {
                schema.require(sameDefault(c, change.from()), "its default is " + c.defaultExpression()
                        + ", not " + change.from());
                schema.require(change.to() == null || c.identity() == Identity.NONE,
                        "an identity column has no default");
                return c.withDefault(change.to());
            });
        } else if (operation instanceof AlterColumnIdentity identity) {
            change(schema, table, identity.column(), c -> {
                schema.require(c.identity() == identity.from(), "its identity is " + c.identity());
                boolean adding = identity.from() == Identity.NONE && identity.to() != Identity.NONE;
                schema.require(!adding || (!c.nullable() && ColumnComparator.effectiveDefault(c) == null),
                        "an identity needs a NOT NULL column without a default");
                return c.withIdentity(identity.to());
            });
        } else if (operation instanceof SerialToIdentity || operation instanceof IdentityToSerial
                || operation instanceof SerialToPlain || operation instanceof PlainToSerial) {
            switchGenerator(schema, table, operation);
        } else {
            SetColumnComment comment = (SetColumnComment) operation;
            change(schema, table, comment.column(), c -> {
                schema.require(Objects.equals(c.comment(), comment.from()), "its comment is not the one replaced");
                return c.withComment(comment.to());
            });
        }
    }

    private static void switchGenerator(AppliedSchema schema, Table table, ColumnOperation operation) {
        if (operation instanceof SerialToIdentity change) {
            change(schema, table, change.column(), c -> {
                schema.require(c.identity() == Identity.NONE && sameDefault(c, change.serialDefault()),
                        "it is not a serial on " + change.sequence());
                schema.require(!c.nullable() && c.type().equals(change.type()),
                        "an identity needs a NOT NULL column of the serial's type");
                return c.withDefault(null).withIdentity(change.identity());
            });
        } else if (operation instanceof SerialToPlain change) {
            change(schema, table, change.column(), c -> {
                schema.require(c.identity() == Identity.NONE && sameDefault(c, change.serialDefault())
                        && c.type().equals(change.type()), "it is not a serial on " + change.sequence());
                return c.withDefault(null);
            });
        } else if (operation instanceof PlainToSerial change) {
            change(schema, table, change.column(), c -> {
                schema.require(c.identity() == Identity.NONE && c.defaultExpression() == null
                        && c.type().equals(change.type()), "it has a generator or is not of type " + change.type());
                return c.withDefault(change.serialDefault());
            });
        } else {
            IdentityToSerial change = (IdentityToSerial) operation;
            change(schema, table, change.column(), c -> {
                schema.require(c.identity() == change.identity() && c.type().equals(change.type()),
                        "it is not an identity " + change.identity() + " of type " + change.type());
                return c.withIdentity(Identity.NONE).withDefault(change.serialDefault());
            });
        }
    }

    /** Nothing may still use the column, and the carried column must be the one dropped. */
    private static void drop(AppliedSchema schema, Table table, Column column) {
        Column existing = schema.column(table, column.name());
        boolean same = existing.type().equals(column.type()) && existing.nullable() == column.nullable()
                && existing.identity() == column.identity() && Objects.equals(existing.comment(), column.comment())
                && Objects.equals(existing.collation(), column.collation())
                && !GeneratedColumns.differ(existing, column)
                && sameDefault(existing, column.defaultExpression());
        schema.require(same, "the dropped column differs from column " + column.name() + " in the schema");
        requireUnused(schema, table, column.name());
        schema.put(table.withColumns(table.columns().stream().filter(c -> !c.name().equals(column.name())).toList()));
    }

    /** PostgreSQL would drop these along with the column, and the reverse could not bring them back. */
    private static void requireUnused(AppliedSchema schema, Table table, String name) {
        String dropFirst = " uses it; drop that first so the reverse can restore it";
        PrimaryKey key = table.primaryKey();
        schema.require(key == null || !key.columns().contains(name), "the primary key" + dropFirst);
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            schema.require(!unique.columns().contains(name), "unique constraint " + unique.name() + dropFirst);
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            schema.require(!foreignKey.columns().contains(name), "foreign key " + foreignKey.name() + dropFirst);
        }
        for (Index index : table.indexes()) {
            boolean uses = uses(index.predicate(), name) || index.columns().stream()
                    .anyMatch(c -> c.expression().equals(name) || uses(c.expression(), name));
            schema.require(!uses, "index " + index.name() + dropFirst);
        }
        for (CheckConstraint check : table.checks()) {
            schema.require(!uses(check.expression(), name), "check " + check.name() + dropFirst);
        }
        for (Table other : schema.tables().values()) {
            for (ForeignKey foreignKey : other.foreignKeys()) {
                boolean points = foreignKey.referencedTable().equals(table.name())
                        && foreignKey.referencedColumns().contains(name);
                schema.require(!points, "foreign key " + foreignKey.name() + " of " + other.name() + " points at it");
            }
        }
    }

    private static boolean uses(String expression, String column) {
        return Normalizer.referencedColumns(expression).contains(column);
    }

    private static boolean sameDefault(Column column, String expected) {
        return Objects.equals(Normalizer.defaultExpression(column.defaultExpression(), column.type()),
                Normalizer.defaultExpression(expected, column.type()));
    }

    private static void change(AppliedSchema schema, Table table, String name, UnaryOperator<Column> edit) {
        Column changed = edit.apply(schema.column(table, name));
        schema.put(table.withColumns(table.columns().stream().map(c -> c.name().equals(name) ? changed : c).toList()));
    }

    private static List<Column> append(Table table, Column column) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        return columns;
    }
}
