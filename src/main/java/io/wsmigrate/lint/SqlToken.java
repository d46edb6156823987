package io.wsmigrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of one SQL statement. Key words and unquoted names are lower-cased {@link Kind#WORD}s;
 * a {@link Kind#QUOTED} identifier keeps its case; literals (strings, dollar-quoted bodies,
 * numbers) keep their text; comments are dropped.
 */
record SqlToken(Kind kind, String text) {
    enum Kind { WORD, QUOTED, LITERAL, SYMBOL }

    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** The tokens of {@code sql}, without comments and white space. */
    static List<SqlToken> tokenize(String sql) {
        List<SqlToken> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                i = blockCommentEnd(sql, i);
            } else if (c == '\'' || (c == 'e' || c == 'E') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int start = c == '\'' ? i : i + 1;
                int end = quotedEnd(sql, start, '\'', c != '\'');
                tokens.add(new SqlToken(Kind.LITERAL, sql.substring(i, end)));
                i = end;
            } else if (c == '"') {
                int end = quotedEnd(sql, i, '"', false);
                tokens.add(new SqlToken(Kind.QUOTED, sql.substring(i + 1, end - 1).replace("\"\"", "\"")));
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                int end = close < 0 ? n : close + tag.length();
                tokens.add(new SqlToken(Kind.LITERAL, sql.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new SqlToken(Kind.WORD, sql.substring(i, end).toLowerCase(Locale.ROOT)));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new SqlToken(Kind.LITERAL, sql.substring(i, end)));
                i = end;
            } else {
                tokens.add(new SqlToken(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** Nested block comments, as PostgreSQL allows them. */
    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    /** The index after the closing quote; a doubled quote is part of the text, and so is \' in E'...'. */
    private static int quotedEnd(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null. */
    private static String dollarTag(String sql, int i) {
        int end = i + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        if (end < sql.length() && sql.charAt(end) == '$' && (end == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, end + 1);
        }
        return null;
    }
}
