package io.wsmigrate.ops;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import java.util.Optional;

/** PostgreSQL enum types, such as those of {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}. */
public sealed interface EnumTypeOperation extends Operation {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R createEnumType(CreateEnumType operation);

        R dropEnumType(DropEnumType operation);

        R alterEnumValues(AlterEnumValues operation);
    }

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(Operation.Visitor<R> visitor) {
        return visitor.enumType(this);
    }

    /** A column that stores the enum (or an array of it), with its default, which a rebuild must carry over. */
    record EnumColumn(QualifiedName table, String column, ColumnType type, String defaultExpression) {
    }

    /** The type and the implicit casts that come with it. */
    record CreateEnumType(EnumType type) implements EnumTypeOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.createEnumType(this);
        }

        @Override
        public Operation reverse() {
            return new DropEnumType(type);
        }

        @Override
        public QualifiedName target() {
            return type.name();
        }

        @Override
        public String describe() {
            return "create enum type " + type.name() + " " + EnumValueChanges.labels(type.labels());
        }
    }

    /** Dropped once no column uses it; its casts go with it. */
    record DropEnumType(EnumType type) implements EnumTypeOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropEnumType(this);
        }

        @Override
        public Operation reverse() {
            return new CreateEnumType(type);
        }

        @Override
        public QualifiedName target() {
            return type.name();
        }

        @Override
        public String describe() {
            return "drop enum type " + type.name();
        }
    }

    /**
     * The labels change from {@code from}'s to {@code to}'s (same name). How depends on the shape
     * ({@link EnumValueChanges#kind}): new labels are added in place; labels replaced one for one
     * are renamed; anything else (a removed label, a new order) rebuilds the type and converts
     * {@code columns}, the columns that use it when the operation runs.
     */
    record AlterEnumValues(EnumType from, EnumType to, List<EnumColumn> columns) implements EnumTypeOperation {
        public AlterEnumValues {
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterEnumValues(this);
        }

        @Override
        public Operation reverse() {
            return new AlterEnumValues(to, from, columns);
        }

        @Override
        public QualifiedName target() {
            return to.name();
        }

        public EnumValueChanges.Kind kind() {
            return EnumValueChanges.kind(from.labels(), to.labels());
        }

        @Override
        public String describe() {
            String name = to.name().toString();
            if (from.labels().equals(to.labels())) {
                return "implicit casts of enum type " + name + ": " + from.implicitCasts() + " -> " + to.implicitCasts();
            }
            return switch (kind()) {
                case ADD -> "add values " + EnumValueChanges.labels(EnumValueChanges.added(from.labels(), to.labels()))
                        + " to enum type " + name;
                case RENAME -> "rename values of enum type " + name + ": " + EnumValueChanges.renames(from.labels(),
                        to.labels()).stream().map(r -> r.from() + " -> " + r.to()).toList();
                case REBUILD -> "rebuild enum type " + name + ": " + EnumValueChanges.labels(from.labels()) + " -> "
                        + EnumValueChanges.labels(to.labels());
            };
        }

        @Override
        public Optional<String> review() {
            String name = to.name().toString();
            return switch (kind()) {
                case ADD -> Optional.empty();
                case RENAME -> Optional.of("renames values of enum type " + name + " (rows keep their value under"
                        + " the new label); if a value was removed and another added instead, replace this change");
                case REBUILD -> {
                    List<String> removed = EnumValueChanges.removed(from.labels(), to.labels());
                    yield Optional.of("rebuilds enum type " + name + (removed.isEmpty() ? " to reorder its values"
                            : ": fails if a row holds a removed value " + EnumValueChanges.labels(removed))
                            + "; rewrites " + (columns.isEmpty() ? "no table" : "the tables of "
                            + columns.stream().map(c -> c.table() + "." + c.column()).toList()));
                }
            };
        }
    }
}
