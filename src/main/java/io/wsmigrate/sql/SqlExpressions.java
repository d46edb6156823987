package io.wsmigrate.sql;

import java.util.List;

/** Shapes of an expression that callers decide on: wholly parenthesized, or one function call. */
public final class SqlExpressions {
    private SqlExpressions() {
    }

    /** True for {@code (a + b)} and {@code ((x))}, false for {@code (a) + (b)} and {@code lower(a)}. */
    public static boolean isWhollyParenthesized(String expression) {
        List<SqlToken> tokens = SqlLexer.tokenizeTolerant(expression);
        return encloses(tokens, 0, tokens.size());
    }

    /** True for a single call such as {@code lower(name)} or {@code public.f(a, b)}, false for {@code f(a) || g(b)}. */
    public static boolean isFunctionCall(String expression) {
        List<SqlToken> tokens = SqlLexer.tokenizeTolerant(expression);
        boolean qualified = tokens.size() > 2 && tokens.get(1).isPunctuation(".")
                && tokens.get(2).kind() == SqlToken.Kind.WORD;
        return !tokens.isEmpty() && tokens.get(0).kind() == SqlToken.Kind.WORD
                && encloses(tokens, qualified ? 3 : 1, tokens.size());
    }

    /**
     * True when the token at {@code from} is an opening parenthesis closed by the token just before
     * {@code to}, so that the parentheses hold everything in between.
     */
    public static boolean encloses(List<SqlToken> tokens, int from, int to) {
        if (to - from < 2 || !tokens.get(from).isPunctuation("(") || !tokens.get(to - 1).isPunctuation(")")) {
            return false;
        }
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isPunctuation("(")) {
                depth++;
            } else if (tokens.get(i).isPunctuation(")") && --depth == 0) {
                return i == to - 1;
            }
        }
        return false;
    }
}
