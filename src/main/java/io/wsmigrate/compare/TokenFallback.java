package io.wsmigrate.compare;

import io.wsmigrate.schema.Identifiers;
import java.util.List;

/**
 * The canonical form of text the parser does not understand: its tokens, one space apart, with key
 * words in lower case and redundant outer parentheses removed. Equal text stays equal; only the
 * deeper rewrites of {@link SqlCanonicalizer} are lost.
 */
final class TokenFallback {
    private TokenFallback() {
    }

    static String canonical(String sql) {
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.tokenize(sql);
        } catch (IllegalArgumentException unreadable) {
            return sql.trim().replaceAll("\\s+", " ");
        }
        int from = 0;
        int to = tokens.size();
        while (to - from >= 2 && tokens.get(from).isPunctuation("(") && closes(tokens, from, to - 1)) {
            from++;
            to--;
        }
        StringBuilder out = new StringBuilder();
        for (SqlToken token : tokens.subList(from, to)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(switch (token.kind()) {
                case STRING -> Identifiers.literal(token.text());
                case QUOTED_IDENTIFIER -> Identifiers.quote(token.text());
                default -> token.text();
            });
        }
        return out.toString();
    }

    /** True when the parenthesis at {@code open} is closed exactly at {@code close}. */
    private static boolean closes(List<SqlToken> tokens, int open, int close) {
        if (!tokens.get(close).isPunctuation(")")) {
            return false;
        }
        int depth = 0;
        for (int i = open; i <= close; i++) {
            if (tokens.get(i).isPunctuation("(")) {
                depth++;
            } else if (tokens.get(i).isPunctuation(")")) {
                depth--;
                if (depth == 0) {
                    return i == close;
                }
            }
        }
        return false;
    }
}
