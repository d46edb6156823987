package io.wsmigrate.sql;

import io.wsmigrate.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lexer (the rules of {@code scan.l}): white space and comments, nested block comments
 * included, separate tokens and are dropped; strings come as {@code '...'} with {@code ''} for a
 * quote, {@code E'...'} with backslash escapes, {@code N'...'}, {@code U&'...'} with Unicode escapes
 * (and {@code UESCAPE}), bit strings {@code B'...'} and {@code X'...'}, and dollar quotes whose tag
 * is empty or an identifier ({@code $$}, {@code $_x$}); adjacent string literals separated by a
 * newline are one literal. Identifiers may contain {@code $} and digits after their first
 * character; {@code $1} is a parameter; a run of operator characters is trimmed as PostgreSQL trims
 * it; {@code ::}, {@code :=} and {@code ..} are single tokens. {@link #tokenize} rejects what the server would reject; {@link #tokenizeTolerant} reads any
 * text (unterminated quotes and comments run to the end), as {@code psql} must when splitting.
 */
public final class SqlLexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    /** A multi-character operator may end in + or - only if it contains one of these. */
    private static final String SPECIAL_OPERATOR_CHARS = "~!@#%^&|`?";
    private static final String PUNCTUATION = ",()[].;:";

    private final String sql;
    private final boolean tolerant;
    private final boolean standardConformingStrings;
    private final Quotes quotes;
    private int pos;

    private SqlLexer(String sql, boolean tolerant, boolean standardConformingStrings) {
        this.sql = sql;
        this.tolerant = tolerant;
        this.standardConformingStrings = standardConformingStrings;
        this.quotes = new Quotes(sql, tolerant);
    }

    /** The tokens of {@code sql}, read with {@code standard_conforming_strings} on (the default since 9.1). */
    public static List<SqlToken> tokenize(String sql) {
        return tokenize(sql, true);
    }

    /**
     * The tokens of {@code sql}; with {@code standardConformingStrings} off, backslashes escape in
     * plain {@code '...'} strings too. Throws {@link SqlSyntaxException} where the server would.
     */
    public static List<SqlToken> tokenize(String sql, boolean standardConformingStrings) {
        return new SqlLexer(sql, false, standardConformingStrings).all();
    }

    /** The tokens of any text: what PostgreSQL would reject becomes {@link Kind#OTHER} or runs to the end. */
    public static List<SqlToken> tokenizeTolerant(String sql) {
        return new SqlLexer(sql, true, true).all();
    }

    private List<SqlToken> all() {
        List<SqlToken> tokens = new ArrayList<>();
        while (true) {
            pos = quotes.skipSpaceAndComments(pos);
            if (pos >= sql.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private SqlToken next() {
        int start = pos;
        char c = sql.charAt(pos);
        char second = at(pos + 1);
        if (second == '\'' && "eEnNbBxX".indexOf(c) >= 0) {
            return prefixedString(start, Character.toLowerCase(c));
        }
        if ((c == 'u' || c == 'U') && second == '&' && (at(pos + 2) == '\'' || at(pos + 2) == '"')) {
            return unicodeQuoted(start);
        }
        if (c == '\'') {
            Quotes.Body body = quotes.quoted(pos, '\'', !standardConformingStrings);
            return finish(Kind.STRING, standardConformingStrings ? body.text() : quotes.backslashEscapes(body), start,
                    body.end());
        }
        if (c == '"') {
            Quotes.Body body = quotes.identifier(pos, pos);
            return finish(Kind.QUOTED_IDENTIFIER, body.text(), start, body.end());
        }
        if (c == '$') {
            return dollar(start);
        }
        if (isDigit(c) || (c == '.' && isDigit(second))) {
            return number(start);
        }
        if (isIdentifierStart(c)) {
            while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
                pos++;
            }
            return new SqlToken(Kind.WORD, foldCase(sql.substring(start, pos)), start, pos);
        }
        if (c == '.' && second == '.') {
            pos += 2;
            return new SqlToken(Kind.PUNCTUATION, "..", start, pos);
        }
        if (c == ':' && (second == ':' || second == '=')) {
            pos += 2;
            return new SqlToken(Kind.OPERATOR, sql.substring(start, pos), start, pos);
        }
        if (PUNCTUATION.indexOf(c) >= 0) {
            pos++;
            return new SqlToken(Kind.PUNCTUATION, String.valueOf(c), start, pos);
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator(start);
        }
        return other(start, "unexpected character '" + c + "'");
    }

    private SqlToken prefixedString(int start, char prefix) {
        Quotes.Body body = quotes.quoted(start, pos + 1, '\'', prefix == 'e');
        return switch (prefix) {
            case 'e' -> finish(Kind.STRING, quotes.backslashEscapes(body), start, body.end());
            case 'n' -> finish(Kind.STRING, body.text(), start, body.end());
            default -> finish(Kind.BIT_STRING, prefix + quotes.bitDigits(body, prefix), start, body.end());
        };
    }

    /** {@code U&'...'} or {@code U&"..."}, with an optional {@code UESCAPE 'c'} after it. */
    private SqlToken unicodeQuoted(int start) {
        boolean identifier = sql.charAt(pos + 2) == '"';
        Quotes.Body body = identifier ? quotes.identifier(start, pos + 2) : quotes.quoted(start, pos + 2, '\'', false);
        int end = body.end();
        char escape = '\\';
        int afterWord = quotes.skipSpaceAndComments(end);
        if (sql.regionMatches(true, afterWord, "uescape", 0, 7) && !isIdentifierPart(at(afterWord + 7))) {
            int quote = quotes.skipSpaceAndComments(afterWord + 7);
            if (at(quote) == '\'') {
                Quotes.Body escapeBody = quotes.quoted(quote, '\'', false);
                escape = quotes.unicodeEscapeCharacter(escapeBody, quote);
                end = escapeBody.end();
            } else if (!tolerant) {
                throw new SqlSyntaxException("UESCAPE must be followed by a simple string literal", afterWord);
            }
        }
        String text = quotes.unicodeEscapes(body, escape);
        return finish(identifier ? Kind.QUOTED_IDENTIFIER : Kind.STRING, text, start, end);
    }

    /** A parameter {@code $1}, a dollar-quoted string, or (tolerated only) a lone {@code $}. */
    private SqlToken dollar(int start) {
        if (isDigit(at(pos + 1))) {
            pos++;
            while (isDigit(at(pos))) {
                pos++;
            }
            return new SqlToken(Kind.PARAMETER, sql.substring(start, pos), start, pos);
        }
        String tag = dollarTag(pos);
        if (tag == null) {
            return other(start, "unexpected character '$'");
        }
        int close = sql.indexOf(tag, pos + tag.length());
        if (close < 0) {
            if (!tolerant) {
                throw new SqlSyntaxException("unterminated dollar-quoted string", start);
            }
            return finish(Kind.STRING, sql.substring(pos + tag.length()), start, sql.length());
        }
        return finish(Kind.STRING, sql.substring(pos + tag.length(), close), start, close + tag.length());
    }

    /** {@code $$} or {@code $tag$} at {@code at}, whose tag is an identifier without {@code $}; else null. */
    private String dollarTag(int at) {
        int end = at + 1;
        if (isIdentifierStart(at(end))) {
            while (end < sql.length() && sql.charAt(end) != '$' && isIdentifierPart(sql.charAt(end))) {
                end++;
            }
        }
        return at(end) == '$' ? sql.substring(at, end + 1) : null;
    }

    /** Integers (with {@code _} between digits, or 0x, 0o, 0b), decimals and exponents, lower-cased. */
    private SqlToken number(int start) {
        int radix = switch (Character.toLowerCase(at(pos + 1))) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            default -> 10;
        };
        if (sql.charAt(pos) == '0' && radix != 10 && Character.digit(at(pos + 2), radix) >= 0) {
            pos += 2;
            digits(radix);
        } else {
            digits(10);
            if (at(pos) == '.' && at(pos + 1) != '.') {
                pos++;
                digits(10);
            }
            exponent();
        }
        return new SqlToken(Kind.NUMBER, sql.substring(start, pos).toLowerCase(java.util.Locale.ROOT), start, pos);
    }

    private void digits(int radix) {
        while (Character.digit(at(pos), radix) >= 0
                || (at(pos) == '_' && Character.digit(at(pos + 1), radix) >= 0)) {
            pos++;
        }
    }

    private void exponent() {
        if (at(pos) != 'e' && at(pos) != 'E') {
            return;
        }
        int sign = at(pos + 1) == '+' || at(pos + 1) == '-' ? 1 : 0;
        if (isDigit(at(pos + 1 + sign))) {
            pos += 1 + sign;
            digits(10);
        }
    }

    /** The longest run of operator characters, cut before a comment and trimmed as PostgreSQL trims it. */
    private SqlToken operator(int start) {
        int end = pos;
        while (end < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0
                && !sql.startsWith("--", end) && !sql.startsWith("/*", end)) {
            end++;
        }
        String op = sql.substring(start, Math.max(end, start + 1));
        if (op.length() > 1 && op.chars().noneMatch(ch -> SPECIAL_OPERATOR_CHARS.indexOf(ch) >= 0)) {
            while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
                op = op.substring(0, op.length() - 1);
            }
        }
        pos = start + op.length();
        return new SqlToken(Kind.OPERATOR, op, start, pos);
    }

    private SqlToken other(int start, String problem) {
        if (!tolerant) {
            throw new SqlSyntaxException(problem, start);
        }
        pos = start + 1;
        return new SqlToken(Kind.OTHER, sql.substring(start, pos), start, pos);
    }

    private SqlToken finish(Kind kind, String text, int start, int end) {
        pos = end;
        return new SqlToken(kind, text, start, end);
    }

    private char at(int index) {
        return index < sql.length() ? sql.charAt(index) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, underscore and any non-ASCII character, as in PostgreSQL's {@code ident_start}. */
    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    /** PostgreSQL folds only ASCII letters of an unquoted identifier (in a multi-byte encoding). */
    static String foldCase(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }
}
