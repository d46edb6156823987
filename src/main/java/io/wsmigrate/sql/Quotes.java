package io.wsmigrate.sql;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The quoted parts of PostgreSQL's lexer for {@link SqlLexer}: white space and comments, the body
 * of a quoted string or identifier, and the escapes of {@code E'...'} (bytes, which must form UTF-8)
 * and {@code U&'...'} (code points).
 */
final class Quotes {
    private final String sql;
    private final boolean tolerant;

    Quotes(String sql, boolean tolerant) {
        this.sql = sql;
        this.tolerant = tolerant;
    }

    /** A quoted body, its doubled quotes made single; {@code start} is the opening quote. */
    record Body(String text, int start, int end) {
    }

    /** The first position at or after {@code i} outside white space, {@code --} and nested block comments. */
    int skipSpaceAndComments(int i) {
        while (i < sql.length()) {
            if (" \t\n\r\f\u000B".indexOf(sql.charAt(i)) >= 0) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? sql.length() : newline + 1;
            } else if (sql.startsWith("/*", i)) {
                i = blockCommentEnd(i);
            } else {
                return i;
            }
        }
        return i;
    }

    private int blockCommentEnd(int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return fail("unterminated /* comment", start, sql.length());
    }

    /** The string quoted by {@code quote} at {@code from}, continued over newline-separated literals. */
    Body quoted(int from, char quote, boolean backslashes) {
        return quoted(from, from, quote, backslashes);
    }

    /** As {@link #quoted(int, char, boolean)}, for a token (such as {@code E'...'}) that starts at {@code start}. */
    Body quoted(int start, int from, char quote, boolean backslashes) {
        StringBuilder text = new StringBuilder();
        int i = from + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashes && c == '\\' && i + 1 < sql.length()) {
                text.append(c).append(sql.charAt(i + 1));
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                text.append(quote);
                i += 2;
            } else if (c == quote) {
                int next = quote == '\'' ? continuation(i + 1) : -1;
                if (next < 0) {
                    return new Body(text.toString(), start, i + 1);
                }
                i = next + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        String what = quote == '"' ? "unterminated quoted identifier" : "unterminated quoted string";
        return new Body(text.toString(), start, fail(what, start, sql.length()));
    }

    Body identifier(int start, int from) {
        Body body = quoted(start, from, '"', false);
        if (body.text().isEmpty() && body.end() - from == 2) {
            fail("zero-length delimited identifier", start, 0);
        }
        return body;
    }

    /** Where the next literal continues this one: after white space holding a newline; else -1. */
    private int continuation(int i) {
        boolean newline = false;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\n' || c == '\r') {
                newline = true;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else {
                break;
            }
        }
        return newline && i < sql.length() && sql.charAt(i) == '\'' ? i : -1;
    }

    /** The escapes of {@code E'...'}: \n and friends, octal and hex bytes, \\u and \\U code points. */
    String backslashEscapes(Body body) {
        String s = body.text();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                utf8(bytes, c);
                i += Character.charCount(c);
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            if (e == 'u' || e == 'U') {
                int width = e == 'u' ? 4 : 8;
                int code = hex(s, i, width, body);
                i += width;
                if (Character.isHighSurrogate((char) code) && s.startsWith("\\u", i)) {
                    code = Character.toCodePoint((char) code, (char) hex(s, i + 2, 4, body));
                    i += 6;
                }
                utf8(bytes, validCodePoint(code, body));
            } else if (e == 'x' && digits(s, i, 16, 2) > 0) {
                int width = digits(s, i, 16, 2);
                bytes.write(Integer.parseInt(s.substring(i, i + width), 16));
                i += width;
            } else if (e >= '0' && e <= '7') {
                int width = digits(s, i - 1, 8, 3);
                bytes.write(Integer.parseInt(s.substring(i - 1, i - 1 + width), 8) & 0xFF);
                i += width - 1;
            } else {
                utf8(bytes, switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            }
        }
        return decode(bytes.toByteArray(), body);
    }

    /** The escapes of {@code U&'...'}: {@code escape} doubled, then 4 hex digits or + and 6. */
    String unicodeEscapes(Body body, char escape) {
        String s = body.text();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != escape) {
                text.append(c);
                i++;
            } else if (i + 1 < s.length() && s.charAt(i + 1) == escape) {
                text.append(escape);
                i += 2;
            } else {
                boolean six = i + 1 < s.length() && s.charAt(i + 1) == '+';
                int code = hex(s, i + (six ? 2 : 1), six ? 6 : 4, body);
                i += six ? 8 : 5;
                if (Character.isHighSurrogate((char) code) && i < s.length() && s.charAt(i) == escape) {
                    code = Character.toCodePoint((char) code, (char) hex(s, i + 1, 4, body));
                    i += 5;
                }
                text.appendCodePoint(validCodePoint(code, body));
            }
        }
        return text.toString();
    }

    /** The one character of {@code UESCAPE 'c'}: not a hex digit, +, a quote or white space. */
    char unicodeEscapeCharacter(Body body, int at) {
        String c = body.text();
        if (c.length() != 1 || Character.digit(c.charAt(0), 16) >= 0 || "+'\" \t\n\r\f".indexOf(c.charAt(0)) >= 0) {
            fail("invalid Unicode escape character", at, 0);
            return '\\';
        }
        return c.charAt(0);
    }

    /** The digits of {@code B'...'} or {@code X'...'}, lower-cased. */
    String bitDigits(Body body, char prefix) {
        String digits = body.text().toLowerCase(Locale.ROOT);
        int radix = prefix == 'b' ? 2 : 16;
        if (digits.chars().anyMatch(c -> Character.digit(c, radix) < 0)) {
            fail("invalid " + (radix == 2 ? "binary" : "hexadecimal") + " digit", body.start(), 0);
        }
        return digits;
    }

    private int hex(String s, int from, int width, Body body) {
        if (digits(s, from, 16, width) != width) {
            fail("invalid Unicode escape", body.start(), 0);
            return 0xFFFD;
        }
        return Integer.parseInt(s.substring(from, from + width), 16);
    }

    private int validCodePoint(int code, Body body) {
        if (code <= 0 || code > Character.MAX_CODE_POINT || Character.isSurrogate((char) code) && code <= 0xFFFF) {
            fail("invalid Unicode escape value", body.start(), 0);
            return 0xFFFD;
        }
        return code;
    }

    /** How many of up to {@code max} characters from {@code from} are digits in {@code radix}. */
    private static int digits(String s, int from, int radix, int max) {
        int n = 0;
        while (n < max && from + n < s.length() && Character.digit(s.charAt(from + n), radix) >= 0) {
            n++;
        }
        return n;
    }

    private static void utf8(ByteArrayOutputStream bytes, int codePoint) {
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
    }

    private String decode(byte[] bytes, Body body) {
        try {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new CharacterCodingException();
                }
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException invalid) {
            fail("invalid byte sequence for encoding UTF8", body.start(), 0);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Throws unless tolerant; then {@code tolerated} stands in for the result. */
    private int fail(String problem, int offset, int tolerated) {
        if (!tolerant) {
            throw new SqlSyntaxException(problem, offset);
        }
        return tolerated;
    }
}
