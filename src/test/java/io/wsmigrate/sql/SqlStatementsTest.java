package io.wsmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesCommentsAndBodies() {
        assertThat(SqlStatements.split("SELECT ';'; SELECT \"a;b\" FROM t; SELECT 1 /* ; /* nested; */ ; */ + 1;"
                + " SELECT $tag$ ; $$ ; $tag$; SELECT $_x$;$_x$; SELECT E'\\';'; SELECT $1;"
                + " CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)"))
                .containsExactly("SELECT ';'", "SELECT \"a;b\" FROM t", "SELECT 1 /* ; /* nested; */ ; */ + 1",
                        "SELECT $tag$ ; $$ ; $tag$", "SELECT $_x$;$_x$", "SELECT E'\\';'", "SELECT $1",
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)");
    }

    @Test
    void beginAtomicBodiesStayWholeButBeginTransactionDoesNot() {
        assertThat(SqlStatements.split("CREATE OR REPLACE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1);"
                + " SELECT CASE WHEN true THEN 1 END; END; BEGIN; SELECT 1; COMMIT"))
                .containsExactly("CREATE OR REPLACE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1);"
                        + " SELECT CASE WHEN true THEN 1 END; END", "BEGIN", "SELECT 1", "COMMIT");
    }

    @Test
    void emptyAndCommentOnlyPiecesAreDroppedAndUnterminatedTextRunsToTheEnd() {
        assertThat(SqlStatements.split(";; -- nothing\n ; /* still nothing */")).isEmpty();
        assertThat(SqlStatements.split("SELECT 1 -- trailing; comment")).containsExactly("SELECT 1 -- trailing; comment");
        assertThat(SqlStatements.split("SELECT 1; SELECT 'open; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 'open; SELECT 2");
    }

    @Test
    void identifiersWithDollarSignsAreNotDollarQuotes() {
        assertThat(SqlStatements.split("SELECT a$b$ FROM t; SELECT 2")).containsExactly("SELECT a$b$ FROM t", "SELECT 2");
    }

    @Test
    void wordsSkipLiteralsAndComments() {
        assertThat(SqlStatements.words("CREATE INDEX /* concurrently */ \"Concurrently\" ON t ('concurrently') -- x"))
                .containsExactly("create", "index", "on", "t");
    }

    @Test
    void recognisesParenthesizedExpressionsAndFunctionCalls() {
        assertThat(SqlExpressions.isWhollyParenthesized("((a + b))")).isTrue();
        assertThat(SqlExpressions.isWhollyParenthesized("(a) + (b)")).isFalse();
        assertThat(SqlExpressions.isWhollyParenthesized("(a || ')')")).isTrue();
        assertThat(SqlExpressions.isFunctionCall("lower(name)")).isTrue();
        assertThat(SqlExpressions.isFunctionCall("public.f(a, g(b))")).isTrue();
        assertThat(SqlExpressions.isFunctionCall("f(a) || g(b)")).isFalse();
        assertThat(SqlExpressions.isFunctionCall("a IN (1, 2)")).isFalse();
    }
}
