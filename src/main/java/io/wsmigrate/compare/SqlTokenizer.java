package io.wsmigrate.compare;

import io.wsmigrate.compare.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a SQL expression into tokens the way PostgreSQL's lexer does, for the subset DDL uses. */
final class SqlTokenizer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    /** A multi-character operator may end in + or - only if it contains one of these. */
    private static final String SPECIAL_OPERATOR_CHARS = "~!@#%^&|`?";

    private final String sql;
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}; throws {@link IllegalArgumentException} on text it cannot read. */
    static List<SqlToken> tokenize(String sql) {
        return new SqlTokenizer(sql).all();
    }

    private List<SqlToken> all() {
        List<SqlToken> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            if (Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int newline = sql.indexOf('\n', pos);
                pos = newline < 0 ? sql.length() : newline + 1;
            } else if (sql.startsWith("/*", pos)) {
                int close = sql.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated comment");
                }
                pos = close + 2;
            } else {
                return;
            }
        }
    }

    private SqlToken next() {
        int start = pos;
        char c = sql.charAt(pos);
        if ((c == 'e' || c == 'E') && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\'') {
            pos++;
            return new SqlToken(Kind.STRING, quoted('\'', true), start, pos);
        }
        if (c == '\'') {
            return new SqlToken(Kind.STRING, quoted('\'', false), start, pos);
        }
        if (c == '"') {
            return new SqlToken(Kind.QUOTED_IDENTIFIER, quoted('"', false), start, pos);
        }
        boolean dollarTag = pos + 1 < sql.length()
                && (sql.charAt(pos + 1) == '$' || Character.isLetter(sql.charAt(pos + 1)));
        if (c == '$' && dollarTag) {
            return dollarQuoted(start);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                pos++;
            }
            return new SqlToken(Kind.WORD, sql.substring(start, pos).toLowerCase(Locale.ROOT), start, pos);
        }
        if (sql.startsWith("::", pos)) {
            pos += 2;
            return new SqlToken(Kind.OPERATOR, "::", start, pos);
        }
        if ("()[],.;:".indexOf(c) >= 0) {
            pos++;
            return new SqlToken(Kind.PUNCTUATION, String.valueOf(c), start, pos);
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator(start);
        }
        throw new IllegalArgumentException("unexpected character '" + c + "' at " + pos);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A quoted string or identifier: doubled quotes stand for one; E'' strings take backslash escapes. */
    private String quoted(char quote, boolean backslashEscapes) {
        StringBuilder text = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos++);
            if (backslashEscapes && c == '\\' && pos < sql.length()) {
                text.append(unescape(sql.charAt(pos++)));
            } else if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    text.append(quote);
                    pos++;
                } else {
                    return text.toString();
                }
            } else {
                text.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated quoted text");
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> c;
        };
    }

    private SqlToken dollarQuoted(int start) {
        int tagEnd = sql.indexOf('$', pos + 1);
        if (tagEnd < 0) {
            throw new IllegalArgumentException("unterminated dollar quote");
        }
        String tag = sql.substring(pos, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            throw new IllegalArgumentException("unterminated dollar quote");
        }
        String body = sql.substring(tagEnd + 1, close);
        pos = close + tag.length();
        return new SqlToken(Kind.STRING, body, start, pos);
    }

    private SqlToken number(int start) {
        while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '.' && !sql.startsWith("..", pos)) {
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        return new SqlToken(Kind.NUMBER, sql.substring(start, pos).toLowerCase(Locale.ROOT), start, pos);
    }

    /** Longest run of operator characters, trimmed the way PostgreSQL's lexer trims it. */
    private SqlToken operator(int start) {
        int end = pos;
        while (end < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0
                && !sql.startsWith("--", end) && !sql.startsWith("/*", end)) {
            end++;
        }
        String op = sql.substring(start, end);
        if (op.length() > 1 && op.chars().noneMatch(ch -> SPECIAL_OPERATOR_CHARS.indexOf(ch) >= 0)) {
            while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
                op = op.substring(0, op.length() - 1);
            }
        }
        pos = start + op.length();
        return new SqlToken(Kind.OPERATOR, op, start, pos);
    }
}
