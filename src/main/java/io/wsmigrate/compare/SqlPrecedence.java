package io.wsmigrate.compare;

import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.SqlToken.Kind;
import java.util.Set;

/** PostgreSQL's operator precedence (since 9.5), lowest first, for {@link SqlParser}. */
final class SqlPrecedence {
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int IS = 4;
    static final int COMPARISON = 5;
    static final int PATTERN = 6;
    static final int OTHER_OPERATOR = 7;
    static final int ADDITIVE = 8;
    static final int MULTIPLICATIVE = 9;
    static final int EXPONENT = 10;
    static final int UNARY = 11;
    static final int POSTFIX = 12;

    private static final Set<String> COMPARISONS = Set.of("=", "<", ">", "<=", ">=", "<>", "!=");
    private static final Set<String> PATTERN_WORDS = Set.of("in", "like", "ilike", "between", "similar");

    private SqlPrecedence() {
    }

    /** {@code token} (followed by {@code next}) as an infix or postfix operator; -1 when it ends the expression. */
    static int of(SqlToken token, SqlToken next) {
        switch (token.kind()) {
            case OPERATOR:
                if (token.text().equals("::")) {
                    return POSTFIX;
                }
                return COMPARISONS.contains(token.text()) ? COMPARISON : operator(token.text());
            case PUNCTUATION:
                return token.text().equals("[") ? POSTFIX : -1;
            case WORD:
                return word(token.text(), next);
            default:
                return -1;
        }
    }

    private static int operator(String operator) {
        return switch (operator) {
            case "+", "-" -> ADDITIVE;
            case "*", "/", "%" -> MULTIPLICATIVE;
            case "^" -> EXPONENT;
            default -> OTHER_OPERATOR;
        };
    }

    /** {@code not} is infix only before IN, LIKE, ILIKE, BETWEEN or SIMILAR. */
    private static int word(String word, SqlToken next) {
        if (word.equals("or")) {
            return OR;
        }
        if (word.equals("and")) {
            return AND;
        }
        if (word.equals("is") || word.equals("isnull") || word.equals("notnull")) {
            return IS;
        }
        if (PATTERN_WORDS.contains(word)) {
            return PATTERN;
        }
        boolean negatedPattern = word.equals("not") && next.kind() == Kind.WORD
                && PATTERN_WORDS.contains(next.text());
        return negatedPattern ? PATTERN : -1;
    }
}
