package io.wsmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer's reading of literals and identifiers is the server's: each case is asked of PostgreSQL too. */
class LexerAgreesWithPostgresTest {
    private static final List<String> STRINGS = List.of("'it''s'", "E'a\\'b\\n\\x41\\101\\u00e9\\U0001F600\\\\'",
            "'a\\n'", "'foo'\n  'bar'", "'foo' -- c\n 'bar'", "$$it's$$", "$_x$ $$ ; $_x$", "N'x'",
            "U&'d\\0061t\\+000061'", "U&'d!0061t!+000061' UESCAPE '!'", "E'\\uD83D\\uDE00'", "'/* not a comment */'");
    private static final List<String> IDENTIFIERS = List.of("Abc_1$x", "\"My \"\"T\"\"\"", "U&\"\\00e9\"", "Äpfel",
            "/* a /* nested */ comment */ x");

    @Test
    void stringLiteralsHaveTheServersValue() throws SQLException {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection connection = TestPostgres.connect(db); Statement statement = connection.createStatement()) {
            for (String literal : STRINGS) {
                try (ResultSet row = statement.executeQuery("SELECT " + literal)) {
                    row.next();
                    assertThat(SqlLexer.tokenize(literal)).as(literal).singleElement()
                            .extracting(SqlToken::text).isEqualTo(row.getString(1));
                }
            }
        }
    }

    @Test
    void identifiersHaveTheServersName() throws SQLException {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection connection = TestPostgres.connect(db); Statement statement = connection.createStatement()) {
            for (String identifier : IDENTIFIERS) {
                statement.execute("CREATE TABLE " + identifier + " ()");
                List<SqlToken> tokens = SqlLexer.tokenize(identifier);
                try (PreparedStatement exists = connection.prepareStatement(
                        "SELECT count(*) FROM pg_class WHERE relname = ? AND relkind = 'r'")) {
                    exists.setString(1, tokens.get(0).text());
                    try (ResultSet row = exists.executeQuery()) {
                        row.next();
                        assertThat(row.getInt(1)).as(identifier).isEqualTo(1);
                    }
                }
                statement.execute("DROP TABLE " + identifier);
            }
        }
    }

    @Test
    void unterminatedTextIsRejectedByBoth() throws SQLException {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (Connection connection = TestPostgres.connect(db); Statement statement = connection.createStatement()) {
            for (String sql : List.of("SELECT 'abc", "SELECT \"abc", "SELECT $a$ x", "SELECT 1 /* a /* b */",
                    "SELECT $_x$ a $x$", "SELECT E'\\xff'")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                        .isInstanceOf(SQLException.class);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqlLexer.tokenize(sql)).as(sql)
                        .isInstanceOf(SqlSyntaxException.class);
            }
        }
    }
}
