package io.wsmigrate.sql;

/**
 * One lexical token. {@code text} is the token's value: unquoted words folded to lower case (ASCII
 * only, as PostgreSQL folds them), string literals and quoted identifiers with their quotes and
 * escapes resolved, bit strings as their digits, and everything else verbatim. {@code start} and
 * {@code end} locate the token's source text, so a caller can rewrite it in place.
 */
public record SqlToken(Kind kind, String text, int start, int end) {
    /** The kinds of token PostgreSQL's lexer tells apart. */
    public enum Kind {
        /** A key word or unquoted identifier. */
        WORD,
        /** A {@code "double-quoted"} or {@code U&"..."} identifier. */
        QUOTED_IDENTIFIER,
        /** A {@code '...'}, {@code E'...'}, {@code N'...'}, {@code U&'...'} or dollar-quoted string. */
        STRING,
        /** A {@code B'0101'} (text {@code b0101}) or {@code X'1F'} (text {@code x1f}) bit string. */
        BIT_STRING,
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAMETER,
        OPERATOR,
        /** One of {@code , ( ) [ ] . ; :} or {@code ..}. */
        PUNCTUATION,
        /** A character PostgreSQL would reject, kept only by {@link SqlLexer#tokenizeTolerant}. */
        OTHER,
        /** Past the last token; returned by {@link TokenCursor#peek()} there. */
        END
    }

    public boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }

    public boolean isWord(String word) {
        return is(Kind.WORD, word);
    }

    public boolean isPunctuation(String punctuation) {
        return is(Kind.PUNCTUATION, punctuation);
    }

    public boolean isOperator(String operator) {
        return is(Kind.OPERATOR, operator);
    }

    /** A word or a quoted identifier: something that can name an object. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }
}
