package io.wsmigrate.lint;

import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.TokenCursor;
import java.util.ArrayList;
import java.util.List;

/** Parenthesized lists of a statement: column lists, a table's elements, a function's arguments. */
final class Parenthesized {
    /** An element that is an expression, not a plain column: it matches no column name. */
    static final String EXPRESSION = "(expression)";

    private Parenthesized() {
    }

    /**
     * The elements up to the parenthesis that closes the one just consumed, split at its top-level
     * commas; the closing parenthesis is consumed too.
     */
    static List<List<SqlToken>> split(TokenCursor in) {
        List<List<SqlToken>> elements = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        while (in.hasNext()) {
            SqlToken token = in.next();
            if (depth == 0 && token.isPunctuation(")")) {
                break;
            }
            depth += token.isPunctuation("(") || token.isPunctuation("[") ? 1
                    : token.isPunctuation(")") || token.isPunctuation("]") ? -1 : 0;
            if (depth == 0 && token.isPunctuation(",")) {
                elements.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            elements.add(current);
        }
        return elements;
    }

    /**
     * {@code (a, b DESC, lower(c))}: the column each element starts with, {@link #EXPRESSION} for an
     * expression; empty, nothing consumed, when no parenthesis comes next.
     */
    static List<String> names(TokenCursor in) {
        if (!in.acceptPunctuation("(")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (List<SqlToken> element : split(in)) {
            TokenCursor part = new TokenCursor(element);
            boolean column = part.peek().isName() && !part.peek(1).isPunctuation("(");
            names.add(column ? DdlNames.name(part) : EXPRESSION);
        }
        return names;
    }
}
