package io.wsmigrate.liquibase;

import io.wsmigrate.ops.EnumTypeOperation;
import io.wsmigrate.ops.EnumTypeOperation.AlterEnumValues;
import io.wsmigrate.ops.EnumTypeOperation.CreateEnumType;
import io.wsmigrate.ops.EnumTypeOperation.DropEnumType;
import io.wsmigrate.ops.EnumTypeOperation.EnumColumn;
import io.wsmigrate.ops.EnumValueChanges;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Enum types as {@code sql} changes: Liquibase's open-source edition has no change type for them.
 * Each operation's reverse renders the downgrade, so every statement here has its undo.
 */
final class EnumChanges {
    private static final String OLD_SUFFIX = "_old";

    private EnumChanges() {
    }

    static List<ChangeEntry> render(EnumTypeOperation operation) {
        return operation.accept(RENDER);
    }

    private static final EnumTypeOperation.Visitor<List<ChangeEntry>> RENDER = new EnumTypeOperation.Visitor<>() {
        @Override
        public List<ChangeEntry> createEnumType(CreateEnumType create) {
            List<String> statements = new ArrayList<>(List.of(createType(create.type().name(), create.type().labels())));
            statements.addAll(createCasts(create.type().name(), create.type().implicitCasts()));
            return List.of(ChangeEntry.sql(String.join(";\n", statements)));
        }

        @Override
        public List<ChangeEntry> dropEnumType(DropEnumType drop) {
            List<String> statements = new ArrayList<>(dropCasts(drop.type().name(), drop.type().implicitCasts()));
            statements.add("DROP TYPE " + drop.type().name().sql());
            return List.of(ChangeEntry.sql(String.join(";\n", statements)));
        }

        @Override
        public List<ChangeEntry> alterEnumValues(AlterEnumValues alter) {
            if (alter.from().labels().equals(alter.to().labels())) {
                return casts(alter.from(), alter.to());
            }
            return switch (alter.kind()) {
                case ADD -> add(alter);
                case RENAME -> rename(alter);
                case REBUILD -> List.of(ChangeEntry.sql(String.join(";\n", rebuild(alter))));
            };
        }
    };

    /**
     * One change per label, each {@code IF NOT EXISTS}: such a revision runs outside a transaction
     * (PostgreSQL before 12 refuses ADD VALUE in one), so a rerun after a failure skips what is there.
     */
    private static List<ChangeEntry> add(AlterEnumValues alter) {
        List<ChangeEntry> entries = new ArrayList<>();
        String type = alter.to().name().sql();
        for (EnumValueChanges.Addition addition : EnumValueChanges.additions(alter.from().labels(), alter.to().labels())) {
            String place = addition.after() != null ? " AFTER " + Identifiers.literal(addition.after())
                    : addition.before() != null ? " BEFORE " + Identifiers.literal(addition.before()) : "";
            entries.add(ChangeEntry.sql("ALTER TYPE " + type + " ADD VALUE IF NOT EXISTS "
                    + Identifiers.literal(addition.label()) + place));
        }
        entries.addAll(casts(alter.from(), alter.to()));
        return entries;
    }

    private static List<ChangeEntry> rename(AlterEnumValues alter) {
        List<ChangeEntry> entries = new ArrayList<>();
        for (EnumValueChanges.Rename rename : EnumValueChanges.renames(alter.from().labels(), alter.to().labels())) {
            entries.add(ChangeEntry.sql("ALTER TYPE " + alter.to().name().sql() + " RENAME VALUE "
                    + Identifiers.literal(rename.from()) + " TO " + Identifiers.literal(rename.to())));
        }
        entries.addAll(casts(alter.from(), alter.to()));
        return entries;
    }

    /**
     * The old type steps aside under a temporary name, the new one takes its name, every column
     * converts through text (its default, read when the type had the name the new one takes, is
     * dropped first and set again after, or replaced by the revision's new default), and the old type
     * goes with its casts. A row holding a label the new type lacks
     * stops the conversion.
     */
    private static List<String> rebuild(AlterEnumValues alter) {
        QualifiedName name = alter.to().name();
        QualifiedName old = new QualifiedName(name.schema(), name.name() + OLD_SUFFIX);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + name.sql() + " RENAME TO " + Identifiers.quote(old.name()));
        statements.add(createType(name, alter.to().labels()));
        for (EnumColumn column : alter.columns()) {
            String prefix = "ALTER TABLE " + column.table().sql() + " ALTER COLUMN " + Identifiers.quote(column.column());
            String arrays = "[]".repeat(column.type().arrayDimensions());
            if (column.defaultExpression() != null) {
                statements.add(prefix + " DROP DEFAULT");
            }
            statements.add(prefix + " TYPE " + name.sql() + arrays + " USING " + Identifiers.quote(column.column())
                    + "::text" + arrays + "::" + name.sql() + arrays);
            if (column.targetDefault() != null) {
                statements.add(prefix + " SET DEFAULT " + column.targetDefault());
            }
        }
        statements.addAll(dropCasts(old, alter.from().implicitCasts()));
        statements.add("DROP TYPE " + old.sql());
        statements.addAll(createCasts(name, alter.to().implicitCasts()));
        return statements;
    }

    private static List<ChangeEntry> casts(EnumType from, EnumType to) {
        List<String> statements = new ArrayList<>();
        List<String> dropped = from.implicitCasts().stream().filter(c -> !to.implicitCasts().contains(c)).toList();
        List<String> created = to.implicitCasts().stream().filter(c -> !from.implicitCasts().contains(c)).toList();
        statements.addAll(dropCasts(from.name(), dropped));
        statements.addAll(createCasts(to.name(), created));
        return statements.isEmpty() ? List.of() : List.of(ChangeEntry.sql(String.join(";\n", statements)));
    }

    private static String createType(QualifiedName name, List<String> labels) {
        return "CREATE TYPE " + name.sql() + " AS ENUM ("
                + labels.stream().map(Identifiers::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** Hibernate's pair for a named enum: {@code create cast (varchar as Mood) with inout as implicit} and back. */
    private static List<String> createCasts(QualifiedName name, List<String> types) {
        return castPairs("CREATE", name, types, " WITH INOUT AS IMPLICIT");
    }

    private static List<String> dropCasts(QualifiedName name, List<String> types) {
        return castPairs("DROP", name, types, "");
    }

    private static List<String> castPairs(String verb, QualifiedName name, List<String> types, String rest) {
        List<String> statements = new ArrayList<>();
        for (String other : types) {
            statements.add(verb + " CAST (" + other + " AS " + name.sql() + ")" + rest);
            statements.add(verb + " CAST (" + name.sql() + " AS " + other + ")" + rest);
        }
        return statements;
    }
}
