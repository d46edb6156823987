package io.wsmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.sql.SqlToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL's lexical rules, one case each; {@link LexerAgreesWithPostgresTest} asks the server too. */
class SqlLexerTest {

    @Test
    void wordsFoldOnlyAsciiLettersAndMayHoldDigitsAndDollars() {
        assertThat(texts("SELECT Abc_1$x, Äpfel")).containsExactly("select", "abc_1$x", ",", "Äpfel");
        assertThat(kinds("a$b$")).containsExactly(Kind.WORD);
    }

    @Test
    void nestedBlockCommentsAndLineCommentsSeparateTokens() {
        assertThat(texts("a /* x /* y */ still comment */ b -- c\n d")).containsExactly("a", "b", "d");
        assertThat(texts("a/**/b")).containsExactly("a", "b");
    }

    @Test
    void stringsResolveDoubledQuotesEscapesAndContinuations() {
        assertThat(only("'it''s'")).isEqualTo(new SqlToken(Kind.STRING, "it's", 0, 7));
        assertThat(only("E'a\\'b\\n\\x41\\101\\u00e9\\\\'").text()).isEqualTo("a'b\nAAé\\");
        assertThat(only("'a\\n'").text()).isEqualTo("a\\n");
        assertThat(SqlLexer.tokenize("'a\\n'", false).get(0).text()).isEqualTo("a\n");
        assertThat(only("'foo'\n  'bar'").text()).isEqualTo("foobar");
        assertThat(texts("'foo' 'bar'")).containsExactly("foo", "bar");
        assertThat(only("N'x'")).isEqualTo(new SqlToken(Kind.STRING, "x", 0, 4));
    }

    @Test
    void unicodeEscapesInStringsAndIdentifiers() {
        assertThat(only("U&'d\\0061t\\+000061'").text()).isEqualTo("data");
        assertThat(only("U&'d!0061t!+000061' UESCAPE '!'").text()).isEqualTo("data");
        assertThat(only("U&\"\\00e9\"")).isEqualTo(new SqlToken(Kind.QUOTED_IDENTIFIER, "é", 0, 9));
        assertThatThrownBy(() -> SqlLexer.tokenize("U&'\\00zz'")).isInstanceOf(SqlSyntaxException.class);
        assertThatThrownBy(() -> SqlLexer.tokenize("U&'x' UESCAPE x")).hasMessageContaining("UESCAPE");
    }

    @Test
    void dollarQuotesTakeEmptyOrIdentifierTagsAndParametersAreNoQuotes() {
        assertThat(only("$$it's$$").text()).isEqualTo("it's");
        assertThat(only("$_x$ $$ ; $_x$").text()).isEqualTo(" $$ ; ");
        assertThat(only("$fn1$body$fn1$").text()).isEqualTo("body");
        assertThat(SqlLexer.tokenize("$1 + $2")).extracting(SqlToken::kind)
                .containsExactly(Kind.PARAMETER, Kind.OPERATOR, Kind.PARAMETER);
    }

    @Test
    void quotedIdentifiersKeepCaseAndDoubleTheirQuotes() {
        assertThat(only("\"My \"\"T\"\"\"")).isEqualTo(new SqlToken(Kind.QUOTED_IDENTIFIER, "My \"T\"", 0, 10));
        assertThatThrownBy(() -> SqlLexer.tokenize("\"\"")).hasMessageContaining("zero-length");
    }

    @Test
    void numbersBitStringsOperatorsCastsAndPunctuation() {
        assertThat(texts("1 1.5 .5 1e10 2.5E-3 1_000 0x1F")).containsExactly("1", "1.5", ".5", "1e10", "2.5e-3", "1_000",
                "0x1f");
        assertThat(texts("1..5")).containsExactly("1", "..", "5");
        assertThat(SqlLexer.tokenize("B'0101' X'1F'")).extracting(SqlToken::kind, SqlToken::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BIT_STRING, "b0101"),
                        org.assertj.core.groups.Tuple.tuple(Kind.BIT_STRING, "x1f"));
        assertThat(texts("a::int[] := b")).containsExactly("a", "::", "int", "[", "]", ":=", "b");
        assertThat(texts("a<>b a>=-1 a+-b a@-b a--b")).containsExactly("a", "<>", "b", "a", ">=", "-", "1",
                "a", "+", "-", "b", "a", "@-", "b", "a");
        assertThat(texts("a*/*c*/b")).containsExactly("a", "*", "b");
    }

    @Test
    void offsetsLocateEachTokenInTheSource() {
        String sql = "  lower( \"Name\" )";
        for (SqlToken token : SqlLexer.tokenize(sql)) {
            assertThat(sql.substring(token.start(), token.end())).isIn("lower", "(", "\"Name\"", ")");
        }
    }

    @Test
    void unterminatedTextIsReportedWhereItStarts() {
        assertOffset("SELECT 'abc", 7, "unterminated quoted string");
        assertOffset("SELECT \"abc", 7, "unterminated quoted identifier");
        assertOffset("SELECT $a$ x $b$", 7, "unterminated dollar-quoted string");
        assertOffset("SELECT 1 /* a /* b */", 9, "unterminated /* comment");
        assertOffset("SELECT E'\\xff'", 7, "invalid byte sequence");
        assertOffset("SELECT {", 7, "unexpected character");
    }

    @Test
    void theTolerantReaderRunsUnterminatedTextToTheEnd() {
        assertThat(SqlLexer.tokenizeTolerant("SELECT 'abc; x")).extracting(SqlToken::text)
                .containsExactly("select", "abc; x");
        assertThat(SqlLexer.tokenizeTolerant("a /* b; c")).extracting(SqlToken::text).containsExactly("a");
        assertThat(SqlLexer.tokenizeTolerant("a \\ b")).extracting(SqlToken::kind)
                .containsExactly(Kind.WORD, Kind.OTHER, Kind.WORD);
    }

    private static void assertOffset(String sql, int offset, String problem) {
        assertThatThrownBy(() -> SqlLexer.tokenize(sql)).isInstanceOf(SqlSyntaxException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((SqlSyntaxException) e).offset()).isEqualTo(offset));
    }

    private static SqlToken only(String sql) {
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    private static List<String> texts(String sql) {
        return SqlLexer.tokenize(sql).stream().map(SqlToken::text).toList();
    }

    private static List<Kind> kinds(String sql) {
        return SqlLexer.tokenize(sql).stream().map(SqlToken::kind).toList();
    }
}
