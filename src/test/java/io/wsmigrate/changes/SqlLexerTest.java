package io.wsmigrate.changes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlLexerTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesCommentsAndBodies() {
        assertThat(SqlLexer.split("SELECT ';'; SELECT \"a;b\" FROM t; SELECT 1 /* ; /* nested; */ ; */ + 1;"
                + " SELECT $tag$ ; $$ ; $tag$; SELECT $1; CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)"))
                .containsExactly("SELECT ';'", "SELECT \"a;b\" FROM t", "SELECT 1 /* ; /* nested; */ ; */ + 1",
                        "SELECT $tag$ ; $$ ; $tag$", "SELECT $1",
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)");
    }

    @Test
    void beginAtomicBodiesStayWholeButBeginTransactionDoesNot() {
        assertThat(SqlLexer.split("CREATE OR REPLACE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1);"
                + " SELECT CASE WHEN true THEN 1 END; END; BEGIN; SELECT 1; COMMIT"))
                .containsExactly("CREATE OR REPLACE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1);"
                        + " SELECT CASE WHEN true THEN 1 END; END", "BEGIN", "SELECT 1", "COMMIT");
    }

    @Test
    void emptyAndCommentOnlyPiecesAreDropped() {
        assertThat(SqlLexer.split(";; -- nothing\n ; /* still nothing */")).isEmpty();
        assertThat(SqlLexer.split("SELECT 1 -- trailing; comment")).containsExactly("SELECT 1 -- trailing; comment");
    }

    @Test
    void identifiersWithDollarSignsAreNotDollarQuotes() {
        assertThat(SqlLexer.split("SELECT a$b$ FROM t; SELECT 2")).containsExactly("SELECT a$b$ FROM t", "SELECT 2");
    }

    @Test
    void wordsSkipLiteralsAndComments() {
        assertThat(SqlLexer.words("CREATE INDEX /* concurrently */ \"Concurrently\" ON t ('concurrently') -- x"))
                .containsExactly("create", "index", "on", "t");
    }

    @Test
    void recognisesParenthesizedExpressionsAndFunctionCalls() {
        assertThat(SqlLexer.isWhollyParenthesized("((a + b))")).isTrue();
        assertThat(SqlLexer.isWhollyParenthesized("(a) + (b)")).isFalse();
        assertThat(SqlLexer.isWhollyParenthesized("(a || ')')")).isTrue();
        assertThat(SqlLexer.isFunctionCall("lower(name)")).isTrue();
        assertThat(SqlLexer.isFunctionCall("public.f(a, g(b))")).isTrue();
        assertThat(SqlLexer.isFunctionCall("f(a) || g(b)")).isFalse();
        assertThat(SqlLexer.isFunctionCall("a IN (1, 2)")).isFalse();
    }
}
