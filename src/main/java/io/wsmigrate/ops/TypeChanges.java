package io.wsmigrate.ops;

import io.wsmigrate.schema.ColumnType;
import java.util.List;

/** What a column type change costs on a live table, and whether it may fail on existing data. */
public final class TypeChanges {
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> TEXTS = List.of("text", "character varying", "character");
    private static final List<String> TIMESTAMPS = List.of("timestamp without time zone", "timestamp with time zone");
    /** The largest fractional-second precision, which a time, timestamp or interval without one has. */
    private static final int MAX_SECOND_PRECISION = 6;

    /** From cheapest to riskiest. */
    public enum Kind {
        /** PostgreSQL only updates the catalog: a longer varchar, varchar to text, a higher precision. */
        METADATA_ONLY,
        /** Every value fits, but the table is rewritten under an exclusive lock. */
        REWRITE,
        /** Values are converted to another type family: fails if one does not convert. */
        CONVERSION,
        /** The new type is smaller: fails if an existing value does not fit. */
        NARROWING
    }

    private TypeChanges() {
    }

    public static Kind classify(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return Kind.METADATA_ONLY;
        }
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return Kind.CONVERSION;
        }
        String a = from.base();
        String b = to.base();
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) < INTEGERS.indexOf(a) ? Kind.NARROWING : Kind.REWRITE;
        }
        if (TEXTS.contains(a) && TEXTS.contains(b)) {
            if (isNarrowing(from, to)) {
                return Kind.NARROWING;
            }
            boolean varying = !a.equals("character") && !b.equals("character");
            return varying ? Kind.METADATA_ONLY : Kind.REWRITE;
        }
        if (a.equals(b)) {
            if (shorter(from, to)) {
                return Kind.NARROWING;
            }
            boolean sameScale = from.modifiers().size() < 2 || to.modifiers().size() < 2
                    || from.modifiers().get(1).equals(to.modifiers().get(1));
            return sameScale || to.modifiers().isEmpty() ? Kind.METADATA_ONLY : Kind.REWRITE;
        }
        if (TIMESTAMPS.contains(a) && TIMESTAMPS.contains(b)) {
            return Kind.REWRITE;
        }
        return Kind.CONVERSION;
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
        List<Integer> fromModifiers = modifiers(from);
        List<Integer> toModifiers = modifiers(to);
        if (toModifiers.isEmpty()) {
            return false;
        }
        if (fromModifiers.isEmpty()) {
            return true;
        }
        for (int i = 0; i < Math.min(fromModifiers.size(), toModifiers.size()); i++) {
            if (toModifiers.get(i) < fromModifiers.get(i)) {
                return true;
            }
        }
        boolean numeric = from.base().equals("numeric");
        if (numeric && fromModifiers.size() == 2 && toModifiers.size() == 2) {
            int fromIntegerDigits = fromModifiers.get(0) - fromModifiers.get(1);
            int toIntegerDigits = toModifiers.get(0) - toModifiers.get(1);
            return toIntegerDigits < fromIntegerDigits;
        }
        return false;
    }

    /**
     * The modifiers that bound the values: a time, timestamp or interval without a precision keeps
     * microseconds, as one with precision 6 does, so {@code timestamp} to {@code timestamp(6)} loses nothing.
     */
    private static List<Integer> modifiers(ColumnType type) {
        boolean seconds = type.base().startsWith("time") || type.base().startsWith("interval");
        return seconds && type.modifiers().isEmpty() ? List.of(MAX_SECOND_PRECISION) : type.modifiers();
    }
}
