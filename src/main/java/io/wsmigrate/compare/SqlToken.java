package io.wsmigrate.compare;

/**
 * One lexical token of a SQL expression. {@code text} is folded to lower case for unquoted words,
 * unescaped for string literals and quoted identifiers, and verbatim otherwise; {@code start} and
 * {@code end} locate the token in the source so it can be rewritten in place.
 */
record SqlToken(Kind kind, String text, int start, int end) {
    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, OPERATOR, PUNCTUATION }

    boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }

    boolean isWord(String word) {
        return is(Kind.WORD, word);
    }

    boolean isPunctuation(String punctuation) {
        return is(Kind.PUNCTUATION, punctuation);
    }

    boolean isOperator(String operator) {
        return is(Kind.OPERATOR, operator);
    }
}
