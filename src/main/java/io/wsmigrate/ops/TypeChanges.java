package io.wsmigrate.ops;

import io.wsmigrate.schema.ColumnType;
import java.util.List;

/** Which type changes may lose data: the ones autogenerate marks for review as narrowing. */
public final class TypeChanges {
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    private TypeChanges() {
    }

    public static boolean isNarrowing(ColumnType from, ColumnType to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return true;
        }
        String a = from.base();
        String b = to.base();
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) < INTEGERS.indexOf(a);
        }
        if (a.equals(b)) {
            return shorter(from, to);
        }
        boolean toUnboundedText = b.equals("text") || (b.equals("character varying") && to.modifiers().isEmpty());
        boolean fromText = a.equals("text") || a.equals("character varying") || a.equals("character");
        if (fromText && toUnboundedText) {
            return false;
        }
        if (INTEGERS.contains(a) && (b.equals("numeric") && to.modifiers().isEmpty() || b.equals("double precision"))) {
            return a.equals("bigint") && b.equals("double precision");
        }
        return true;
    }

    /** Same base type with a smaller length, precision or scale (none means unbounded). */
    private static boolean shorter(ColumnType from, ColumnType to) {
        if (to.modifiers().isEmpty()) {
            return false;
        }
        if (from.modifiers().isEmpty()) {
            return true;
        }
        for (int i = 0; i < Math.min(from.modifiers().size(), to.modifiers().size()); i++) {
            if (to.modifiers().get(i) < from.modifiers().get(i)) {
                return true;
            }
        }
        boolean numeric = from.base().equals("numeric");
        if (numeric && from.modifiers().size() == 2 && to.modifiers().size() == 2) {
            int fromIntegerDigits = from.modifiers().get(0) - from.modifiers().get(1);
            int toIntegerDigits = to.modifiers().get(0) - to.modifiers().get(1);
            return toIntegerDigits < fromIntegerDigits;
        }
        return false;
    }
}
