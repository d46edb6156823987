package io.wsmigrate.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Just enough of PostgreSQL's lexer to split a script into statements the way {@code psql} does:
 * semicolons inside string literals, quoted identifiers, dollar-quoted bodies, comments,
 * parentheses and {@code BEGIN ATOMIC ... END} function bodies do not end a statement.
 */
final class SqlLexer {
    private SqlLexer() {
    }

    /** The statements of a script, trimmed, without their semicolons; comment-only pieces are dropped. */
    static List<String> split(String script) {
        String code = mask(script);
        List<String> statements = new ArrayList<>();
        Depth depth = new Depth();
        int start = 0;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (isWordChar(c)) {
                int end = wordEnd(code, i);
                depth.word(code.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
                continue;
            }
            if (c == '(') {
                depth.parens++;
            } else if (c == ')' && depth.parens > 0) {
                depth.parens--;
            } else if (c == ';' && depth.atTopLevel()) {
                addStatement(script, code, start, i, statements);
                start = i + 1;
                depth = new Depth();
            }
            i++;
        }
        addStatement(script, code, start, script.length(), statements);
        return statements;
    }

    /** The key words and unquoted names of a statement, lower-cased, outside literals and comments. */
    static List<String> words(String statement) {
        String code = mask(statement);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            if (isWordChar(code.charAt(i))) {
                int end = wordEnd(code, i);
                words.add(code.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** True for {@code (a + b)} and {@code ((x))}, false for {@code (a) + (b)} and {@code lower(a)}. */
    static boolean isWhollyParenthesized(String expression) {
        String code = mask(expression);
        return code.startsWith("(") && closesAtEnd(code, 0);
    }

    /** True for a single call such as {@code lower(name)} or {@code public.f(a, b)}, false for {@code f(a) || g(b)}. */
    static boolean isFunctionCall(String expression) {
        String code = mask(expression);
        int open = code.indexOf('(');
        return open > 0 && code.substring(0, open).strip().matches("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?")
                && closesAtEnd(code, open);
    }

    /** Whether the parenthesis opened at {@code open} closes at the last character. */
    private static boolean closesAtEnd(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i == code.length() - 1;
            }
        }
        return false;
    }

    private static void addStatement(String script, String code, int start, int end, List<String> statements) {
        if (!code.substring(start, end).isBlank()) {
            statements.add(script.substring(start, end).trim());
        }
    }

    /**
     * The text with every character inside a literal, quoted identifier, dollar quote or comment
     * replaced by a space, so that what remains is only code, at the same positions.
     */
    static String mask(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            int end = quotedEnd(text, i);
            if (end > i) {
                for (int j = i; j < end; j++) {
                    out.setCharAt(j, text.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** Where the literal or comment starting at {@code i} ends, or {@code i} when none starts there. */
    private static int quotedEnd(String text, int i) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (c == '-' && next == '-') {
            int newline = text.indexOf('\n', i);
            return newline < 0 ? text.length() : newline;
        }
        if (c == '/' && next == '*') {
            return blockCommentEnd(text, i);
        }
        if (c == '\'') {
            boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                    && (i < 2 || !isWordChar(text.charAt(i - 2)));
            return quoteEnd(text, i, '\'', escapes);
        }
        if (c == '"') {
            return quoteEnd(text, i, '"', false);
        }
        if (c == '$' && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
            return dollarQuoteEnd(text, i);
        }
        return i;
    }

    private static int blockCommentEnd(String text, int i) {
        int depth = 0;
        int j = i;
        while (j < text.length() - 1) {
            if (text.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (text.startsWith("*/", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static int quoteEnd(String text, int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    /** {@code $$...$$} or {@code $tag$...$tag$}; a {@code $1} parameter is no quote. */
    private static int dollarQuoteEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_'
                || (j > i + 1 && Character.isDigit(text.charAt(j))))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '$') {
            return i;
        }
        String tag = text.substring(i, j + 1);
        int close = text.indexOf(tag, j + 1);
        return close < 0 ? text.length() : close + tag.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int wordEnd(String code, int i) {
        int end = i;
        while (end < code.length() && isWordChar(code.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * psql's rule: inside {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, BEGIN (and CASE within
     * it) opens a block that END closes; semicolons inside blocks or parentheses don't split.
     */
    private static final class Depth {
        private final List<String> leading = new ArrayList<>();
        private int parens;
        private int blocks;

        void word(String word) {
            if (leading.size() < 4) {
                leading.add(word);
            }
            if (!isRoutine() || parens > 0) {
                return;
            }
            if (word.equals("begin")) {
                blocks++;
            } else if (word.equals("case") && blocks > 0) {
                blocks++;
            } else if (word.equals("end") && blocks > 0) {
                blocks--;
            }
        }

        private boolean isRoutine() {
            if (leading.size() < 2 || !leading.get(0).equals("create")) {
                return false;
            }
            boolean orReplace = leading.get(1).equals("or") && leading.size() >= 4 && leading.get(2).equals("replace");
            String kind = orReplace ? leading.get(3) : leading.get(1);
            return kind.equals("function") || kind.equals("procedure");
        }

        boolean atTopLevel() {
            return parens == 0 && blocks == 0;
        }
    }
}
