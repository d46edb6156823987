package io.wsmigrate.schema;

import java.util.Set;

/** Quoting of SQL identifiers the way PostgreSQL reads them back. */
public final class Identifiers {
    /** PostgreSQL's reserved key words (and those that cannot name a column or table unquoted). */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private Identifiers() {
    }

    /** True when the name can stand in SQL without quotes and mean itself. */
    public static boolean isPlain(String name) {
        if (name.isEmpty() || RESERVED.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c != '$') {
                return false;
            }
        }
        return true;
    }

    /** The name quoted only where needed; embedded double quotes are doubled. */
    public static String quote(String name) {
        return isPlain(name) ? name : alwaysQuote(name);
    }

    public static String alwaysQuote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * A string literal for SQL, the one form used everywhere: quotes doubled; with a backslash, an
     * {@code E''} literal with the backslashes doubled too, which reads the same with
     * {@code standard_conforming_strings} on or off (with it off, a plain literal reads a backslash
     * as an escape). A NUL, which no PostgreSQL text can hold, is refused.
     */
    public static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a NUL character cannot be written into SQL text");
        }
        String quoted = value.replace("'", "''");
        return value.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }
}
