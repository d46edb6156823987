package io.wsmigrate.compare;

import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.sql.SqlExpressions;
import io.wsmigrate.sql.SqlLexer;
import io.wsmigrate.sql.SqlSyntaxException;
import io.wsmigrate.sql.SqlToken;
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
            tokens = SqlLexer.tokenize(sql);
        } catch (SqlSyntaxException unreadable) {
            return sql.trim().replaceAll("\\s+", " ");
        }
        int from = 0;
        int to = tokens.size();
        while (SqlExpressions.encloses(tokens, from, to)) {
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
                case BIT_STRING -> token.text().charAt(0) + Identifiers.literal(token.text().substring(1));
                default -> token.text();
            });
        }
        return out.toString();
    }
}
