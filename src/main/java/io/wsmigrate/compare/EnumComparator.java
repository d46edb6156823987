package io.wsmigrate.compare;

import io.wsmigrate.ops.ColumnOperation.AlterColumnDefault;
import io.wsmigrate.ops.EnumTypeOperation.AlterEnumValues;
import io.wsmigrate.ops.EnumTypeOperation.CreateEnumType;
import io.wsmigrate.ops.EnumTypeOperation.DropEnumType;
import io.wsmigrate.ops.EnumTypeOperation.EnumColumn;
import io.wsmigrate.ops.EnumValueChanges;
import io.wsmigrate.ops.Operation;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enum types, matched by name. A new type is created before the columns that use it, a type that
 * no column uses any more is dropped after them, and only when the package owns it; label changes
 * come before the column changes. Additions run first of all, in a revision of their own (see
 * the command package), so the columns they carry for their undo are named as before any rename.
 */
final class EnumComparator {
    private EnumComparator() {
    }

    /** What a comparison knows about the tables when enum types are compared. */
    record Tables(Collection<Table> databaseBeforeRenames, Collection<Table> databaseAfterRenames,
                  Collection<Table> model, Collection<Table> keptOutsideModel) {
    }

    static void compare(CompareContext context, List<EnumType> current, List<EnumType> target, Tables tables) {
        Map<QualifiedName, EnumType> existing = current.stream()
                .collect(Collectors.toMap(EnumType::name, Function.identity(), (a, b) -> a));
        Map<QualifiedName, EnumType> wanted = target.stream()
                .collect(Collectors.toMap(EnumType::name, Function.identity(), (a, b) -> a));
        PlanBuilder plan = context.plan();
        for (EnumType type : target) {
            EnumType was = existing.get(type.name());
            if (was == null) {
                plan.add(Phase.ENUM_TYPE, type.name(), 0, new CreateEnumType(type));
            } else if (!was.equals(type)) {
                boolean additions = EnumValueChanges.kind(was.labels(), type.labels()) == EnumValueChanges.Kind.ADD;
                List<EnumColumn> columns = columnsOf(was, additions
                        ? tables.databaseBeforeRenames() : tables.databaseAfterRenames());
                if (EnumValueChanges.kind(was.labels(), type.labels()) == EnumValueChanges.Kind.REBUILD) {
                    columns = withNewDefaults(plan, columns);
                }
                plan.add(Phase.ENUM_TYPE, type.name(), 1, new AlterEnumValues(was, type, columns));
            }
        }
        for (EnumType type : current) {
            if (!wanted.containsKey(type.name()) && context.options().owned().test(type.name())
                    && columnsOf(type, tables.model()).isEmpty() && columnsOf(type, tables.keptOutsideModel()).isEmpty()) {
                plan.add(Phase.DROP_ENUM_TYPE, type.name(), 0, new DropEnumType(type));
            }
        }
    }

    /**
     * A rebuild sets each column's default itself, so a default the revision changes is set there,
     * not by a separate change: the old default may name a removed value, which the new type
     * refuses, and a downgrade that set it back before the type has that value again would fail.
     */
    private static List<EnumColumn> withNewDefaults(PlanBuilder plan, List<EnumColumn> columns) {
        List<EnumColumn> result = new ArrayList<>();
        for (EnumColumn column : columns) {
            List<Operation> changes = plan.take(op -> op instanceof AlterColumnDefault change
                    && change.table().equals(column.table()) && change.column().equals(column.column()));
            result.add(changes.isEmpty() ? column
                    : column.withTargetDefault(((AlterColumnDefault) changes.get(changes.size() - 1)).to()));
        }
        return result;
    }

    /** The columns of {@code tables} that store {@code type}, in table and column order. */
    static List<EnumColumn> columnsOf(EnumType type, Collection<Table> tables) {
        List<EnumColumn> columns = new ArrayList<>();
        for (Table table : tables.stream().sorted().toList()) {
            for (Column column : table.columns()) {
                if (type.isTypeOf(column.type())) {
                    columns.add(new EnumColumn(table.name(), column.name(), column.type(), column.defaultExpression()));
                }
            }
        }
        return columns;
    }
}
