package io.wsmigrate.entities;

import io.wsmigrate.schema.GeneratedColumn;
import io.wsmigrate.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a column's SQL type text. Hibernate passes a {@code @Column(columnDefinition=...)}
 * such as {@code varchar(10) default 'x' not null} straight into its DDL as the "type", so the
 * default, the {@code not null} (which Hibernate's nullable flag does not know about), inline
 * checks, {@code unique}, identity and a generation expression must be split off here. {@code notNull} is {@code TRUE} for
 * {@code not null}, {@code FALSE} for an explicit {@code null}, and null when neither is written.
 */
record ColumnDefinition(String type, String defaultExpression, Boolean notNull, List<String> checks,
                        boolean unique, Identity identity, GeneratedColumn generated, String collation) {
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "default", "not", "null", "check", "unique", "primary", "references", "constraint",
            "generated", "collate");
    private static final Pattern IDENTITY = Pattern.compile(
            "\\bgenerated\\s+(always|by\\s+default)\\s+as\\s+identity\\b(\\s*\\([^)]*\\))?",
            Pattern.CASE_INSENSITIVE);
    /** What follows {@code generated} in a generated column: PostgreSQL 18 makes it virtual unless told. */
    private static final Pattern GENERATED = Pattern.compile(
            "always\\s+as\\s*\\((.*)\\)\\s*(stored|virtual)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    ColumnDefinition {
        checks = List.copyOf(checks);
    }

    ColumnDefinition(String type, String defaultExpression, Boolean notNull, List<String> checks, boolean unique,
                     Identity identity) {
        this(type, defaultExpression, notNull, checks, unique, identity, null, null);
    }

    ColumnDefinition(String type, String defaultExpression, Boolean notNull, List<String> checks, boolean unique,
                     Identity identity, GeneratedColumn generated) {
        this(type, defaultExpression, notNull, checks, unique, identity, generated, null);
    }

    /**
     * Splits {@code sql}; throws {@link IllegalArgumentException} naming the clause when it holds
     * something the schema model cannot carry (a primary key, a reference, a generated column).
     */
    static ColumnDefinition parse(String sql) {
        String text = sql.trim();
        Identity identity = Identity.NONE;
        Matcher identityMatch = IDENTITY.matcher(text);
        if (identityMatch.find()) {
            identity = identityMatch.group(1).toLowerCase(Locale.ROOT).startsWith("always")
                    ? Identity.ALWAYS : Identity.BY_DEFAULT;
            text = (text.substring(0, identityMatch.start()) + " " + text.substring(identityMatch.end())).trim();
        }
        List<int[]> words = clauseWords(text);
        if (words.isEmpty()) {
            return new ColumnDefinition(text, null, null, List.of(), false, identity, null, null);
        }
        String type = text.substring(0, words.get(0)[0]).trim();
        if (type.isEmpty()) {
            throw new IllegalArgumentException("no type before '" + text + "'");
        }
        Clauses clauses = new Clauses();
        for (int i = 0; i < words.size(); i++) {
            int end = i + 1 < words.size() ? words.get(i + 1)[0] : text.length();
            String word = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
            String rest = text.substring(words.get(i)[1], end).trim();
            String nextWord = i + 1 < words.size()
                    ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]).toLowerCase(Locale.ROOT) : "";
            i += clauses.apply(word, rest, nextWord, text.substring(words.get(i)[0], end).trim());
        }
        return new ColumnDefinition(type, clauses.defaultExpression, clauses.notNull, clauses.checks,
                clauses.unique, identity, clauses.generated, clauses.collation);
    }

    /** Start and end of every clause key word that stands outside parentheses, quotes and literals. */
    private static List<int[]> clauseWords(String text) {
        List<int[]> found = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(text, i, c) + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && Character.isLetter(c) && (i == 0 || !isWordPart(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && isWordPart(text.charAt(end))) {
                    end++;
                }
                if (CLAUSE_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    found.add(new int[] {i, end});
                }
                i = end;
                continue;
            }
            i++;
        }
        return found;
    }

    private static int closingQuote(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length();
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The clauses read so far; {@link #apply} returns how many following key words it consumed. */
    private static final class Clauses {
        String defaultExpression;
        Boolean notNull;
        final List<String> checks = new ArrayList<>();
        boolean unique;
        GeneratedColumn generated;
        String collation;

        int apply(String word, String rest, String nextWord, String clause) {
            switch (word) {
                case "default":
                    if (rest.isEmpty() && nextWord.equals("null")) {
                        return 1; // "default null" is no default at all
                    }
                    defaultExpression = rest;
                    return 0;
                case "not":
                    if (!rest.isEmpty() || !nextWord.equals("null")) {
                        throw new IllegalArgumentException("unsupported clause '" + clause + "'");
                    }
                    notNull = Boolean.TRUE;
                    return 1;
                case "null":
                    notNull = Boolean.FALSE;
                    return 0;
                case "check":
                    checks.add(parenthesized(rest, clause));
                    return 0;
                case "unique":
                    unique = true;
                    return 0;
                case "generated":
                    Matcher expression = GENERATED.matcher(rest);
                    if (!expression.matches()) {
                        throw new IllegalArgumentException("cannot read clause '" + clause + "'");
                    }
                    generated = new GeneratedColumn(expression.group(1).trim(),
                            "stored".equalsIgnoreCase(expression.group(2)));
                    return 0;
                case "collate":
                    collation = collationName(rest, clause);
                    return 0;
                default:
                    throw new IllegalArgumentException("unsupported clause '" + clause + "'");
            }
        }

        /**
         * {@code "C"} is the collation C, {@code C} folds to c as PostgreSQL folds it; a
         * {@code pg_catalog.} qualifier names where the collation lives, which the catalog reader
         * does not carry either.
         */
        private static String collationName(String rest, String clause) {
            String name = rest.regionMatches(true, 0, "pg_catalog.", 0, 11) ? rest.substring(11) : rest;
            if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                return name.substring(1, name.length() - 1).replace("\"\"", "\"");
            }
            if (name.isEmpty() || !name.chars().allMatch(c -> isWordPart((char) c))) {
                throw new IllegalArgumentException("cannot read clause '" + clause + "'");
            }
            return name.toLowerCase(Locale.ROOT);
        }

        private static String parenthesized(String rest, String clause) {
            if (!rest.startsWith("(") || !rest.endsWith(")")) {
                throw new IllegalArgumentException("cannot read clause '" + clause + "'");
            }
            return rest.substring(1, rest.length() - 1).trim();
        }
    }
}
