package io.wsmigrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A column type in PostgreSQL's canonical spelling ({@code format_type}): a base name such as
 * {@code character varying} or {@code timestamp with time zone}, its modifiers (length, precision,
 * scale) and its array dimensions. {@link #parse} folds every alias Hibernate or a user may write
 * ({@code varchar}, {@code int4}, {@code timestamptz}, {@code float(53)}, {@code integer array}) into
 * that one spelling, so two types are equal exactly when PostgreSQL would store the same type.
 * Modifiers are kept exactly as written, as the catalog keeps them: {@code timestamp(6)} is not
 * {@code timestamp}, nor {@code numeric(10,0)} {@code numeric}; only the lengths PostgreSQL itself
 * fills in ({@code character} is {@code character(1)}, {@code bit} is {@code bit(1)},
 * {@code numeric(10)} is {@code numeric(10,0)}) are added. Array dimensions are kept as written
 * but do not make two types different (see {@link #equals}).
 */
public record ColumnType(String base, List<Integer> modifiers, int arrayDimensions) {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"), Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"), Map.entry("bool", "boolean"), Map.entry("float8", "double precision"),
            Map.entry("float4", "real"), Map.entry("decimal", "numeric"), Map.entry("varchar", "character varying"),
            Map.entry("char", "character"), Map.entry("varbit", "bit varying"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"));

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Types whose precision goes between the key word and the time-zone words. */
    private static final List<String> TEMPORAL = List.of(
            "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "time with time zone");

    public ColumnType {
        base = base.toLowerCase(Locale.ROOT);
        modifiers = List.copyOf(modifiers);
    }

    public static ColumnType of(String base, Integer... modifiers) {
        return new ColumnType(base, List.of(modifiers), 0);
    }

    /** Parses any PostgreSQL or Hibernate spelling of a type into the canonical form. */
    public static ColumnType parse(String sql) {
        String text = singleSpaced(sql.trim()).toLowerCase(Locale.ROOT);
        int dimensions = 0;
        while (true) {
            if (text.endsWith("[]")) {
                text = text.substring(0, text.length() - 2).trim();
            } else if (text.endsWith(" array")) {
                text = text.substring(0, text.length() - " array".length()).trim();
            } else {
                break;
            }
            dimensions++;
        }
        List<Integer> modifiers = new ArrayList<>();
        String base = text;
        int open = text.indexOf('(');
        if (open >= 0) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced parentheses in type '" + sql + "'");
            }
            for (String part : text.substring(open + 1, close).split(",")) {
                modifiers.add(Integer.parseInt(part.trim()));
            }
            base = (text.substring(0, open).trim() + " " + text.substring(close + 1).trim()).trim();
        }
        return canonical(base, modifiers, dimensions);
    }

    /**
     * Runs of white space as one blank. Parsed for every column of both models (45,000 times at
     * 5000 tables), so the common text that needs nothing skips the regular expression.
     */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static ColumnType canonical(String base, List<Integer> modifiers, int dimensions) {
        base = switch (base) {
            case "timestamp with time zone", "timestamp without time zone", "time with time zone",
                    "time without time zone" -> base;
            case "timestamp with timezone" -> "timestamp with time zone";
            case "character varying", "char varying" -> "character varying";
            // bpchar(n) is character(n); without a length it is the blank-padded text of any length
            // (a column declared so, or the literals of a char(n) column's check), not character(1)
            case "bpchar" -> modifiers.isEmpty() ? "bpchar" : "character";
            default -> ALIASES.getOrDefault(base, base);
        };
        if (base.equals("float") || base.equals("double")) {
            boolean single = base.equals("float") && !modifiers.isEmpty() && modifiers.get(0) <= 24;
            return new ColumnType(single ? "real" : "double precision", List.of(), dimensions);
        }
        // A precision is kept as written: timestamp(6) and timestamp are different types in the
        // catalog (atttypmod 6 and -1), even though both store microseconds.
        if ((base.equals("character") || base.equals("bit")) && modifiers.isEmpty()) {
            modifiers = List.of(1);
        }
        if (base.equals("numeric") && modifiers.size() == 1) {
            modifiers = List.of(modifiers.get(0), 0);
        }
        return new ColumnType(base, modifiers, dimensions);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** The element type of an array, or this type. */
    public ColumnType element() {
        return new ColumnType(base, modifiers, 0);
    }

    /** The first modifier (a varchar length, a numeric precision), or null. */
    public Integer length() {
        return modifiers.isEmpty() ? null : modifiers.get(0);
    }

    /** The type as PostgreSQL's {@code format_type} spells it. */
    public String sql() {
        StringBuilder out = new StringBuilder();
        String mods = modifiers.isEmpty() ? "" : "(" + String.join(",", modifiers.stream().map(String::valueOf).toList()) + ")";
        if (TEMPORAL.contains(base)) {
            int space = base.indexOf(' ');
            out.append(base, 0, space).append(mods).append(base.substring(space));
        } else {
            out.append(base).append(mods);
        }
        out.append("[]".repeat(arrayDimensions));
        return out.toString();
    }

    /**
     * Equal when PostgreSQL stores the same type: an array is an array however many dimensions it
     * was declared with ({@code integer[][]} is {@code integer[]} in {@code atttypid} and
     * {@code format_type}, and {@code attndims} is not kept reliably), so the dimensions count only
     * when writing the type, as Hibernate writes it.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnType type && base.equals(type.base) && modifiers.equals(type.modifiers)
                && isArray() == type.isArray();
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(base, modifiers, isArray());
    }

    @Override
    public String toString() {
        return sql();
    }
}
