package io.wsmigrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Walks the tokens of one statement (or one part of it) for {@link DdlParser}. */
final class TokenCursor {
    private static final SqlToken END = new SqlToken(SqlToken.Kind.SYMBOL, "");
    private static final String DEFAULT_SCHEMA = "public.";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final List<SqlToken> tokens;
    private int position;

    TokenCursor(List<SqlToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    boolean hasNext() {
        return position < tokens.size();
    }

    SqlToken peek() {
        return hasNext() ? tokens.get(position) : END;
    }

    /** The next token's text if it is a word, else "". */
    String peekWord() {
        return peek().kind() == SqlToken.Kind.WORD ? peek().text() : "";
    }

    boolean peekIs(String word) {
        return peek().is(word);
    }

    boolean peekAheadIsSymbol(String symbol) {
        return position + 1 < tokens.size() && tokens.get(position + 1).isSymbol(symbol);
    }

    SqlToken next() {
        SqlToken token = peek();
        position = Math.min(position + 1, tokens.size());
        return token;
    }

    /** Consumes {@code words} if the next tokens are exactly these words. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (position + i >= tokens.size() || !tokens.get(position + i).is(words[i])) {
                return false;
            }
        }
        position += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    /** Skips to the first of {@code words} and returns it ("" at the end). */
    String skipUntil(String... words) {
        while (hasNext()) {
            SqlToken token = next();
            for (String word : words) {
                if (token.is(word)) {
                    return word;
                }
            }
        }
        return "";
    }

    /** One name: a word, or a quoted identifier with its case ("t" is the same name as t). */
    String name() {
        SqlToken token = next();
        if (token.kind() == SqlToken.Kind.QUOTED && !PLAIN_NAME.matcher(token.text()).matches()) {
            return "\"" + token.text() + "\"";
        }
        return token.text();
    }

    /** {@code name} or {@code schema.name}, without the default schema. */
    String qualifiedName() {
        StringBuilder name = new StringBuilder(name());
        while (peek().isSymbol(".")) {
            next();
            name.append('.').append(name());
        }
        String text = name.toString();
        return text.startsWith(DEFAULT_SCHEMA) ? text.substring(DEFAULT_SCHEMA.length()) : text;
    }

    /** After CHECK: the column of {@code (column IS NOT NULL)}, consumed; else null, nothing consumed. */
    String notNullCheckColumn() {
        int start = position;
        boolean parenthesized = acceptSymbol("(");
        if (parenthesized && peek().isName() && !peek().is("not")) {
            String column = name();
            if (accept("is", "not", "null") && acceptSymbol(")")) {
                return column;
            }
        }
        position = start;
        return null;
    }

    /** The rest split at commas outside parentheses: the actions of an ALTER TABLE. */
    List<TokenCursor> splitAtTopLevelCommas() {
        List<TokenCursor> parts = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        while (hasNext()) {
            SqlToken token = next();
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            if (depth == 0 && token.isSymbol(",")) {
                parts.add(new TokenCursor(current));
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        parts.add(new TokenCursor(current));
        return parts;
    }
}
