package io.wsmigrate.sql;

import io.wsmigrate.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements the way {@code psql} does: a semicolon ends a statement unless
 * it is inside a literal, a quoted identifier, a dollar-quoted body, a comment, parentheses, or the
 * {@code BEGIN ... END} body of a {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} ({@code BEGIN
 * ATOMIC}). Any text splits: what the server would reject is passed on for it to reject.
 */
public final class SqlStatements {
    private SqlStatements() {
    }

    /** The statements of a script, trimmed, without their semicolons; comment-only pieces are dropped. */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        Depth depth = new Depth();
        int start = 0;
        int tokensInPiece = 0;
        for (SqlToken token : SqlLexer.tokenizeTolerant(script)) {
            if (token.isPunctuation(";") && depth.atTopLevel()) {
                addStatement(script, start, token.start(), tokensInPiece, statements);
                start = token.end();
                tokensInPiece = 0;
                depth = new Depth();
            } else {
                depth.see(token);
                tokensInPiece++;
            }
        }
        addStatement(script, start, script.length(), tokensInPiece, statements);
        return statements;
    }

    /** The key words and unquoted names of a statement, lower-cased, outside literals and comments. */
    public static List<String> words(String statement) {
        return SqlLexer.tokenizeTolerant(statement).stream()
                .filter(token -> token.kind() == Kind.WORD)
                .map(SqlToken::text)
                .toList();
    }

    private static void addStatement(String script, int start, int end, int tokens, List<String> statements) {
        if (tokens > 0) {
            statements.add(script.substring(start, end).trim());
        }
    }

    /** psql's rule: BEGIN (and CASE within it) opens a block of a routine body that END closes. */
    private static final class Depth {
        private final List<String> leading = new ArrayList<>();
        private int parens;
        private int blocks;

        void see(SqlToken token) {
            if (token.isPunctuation("(")) {
                parens++;
            } else if (token.isPunctuation(")") && parens > 0) {
                parens--;
            } else if (token.kind() == Kind.WORD) {
                word(token.text());
            }
        }

        private void word(String word) {
            if (leading.size() < 4) {
                leading.add(word);
            }
            if (!isRoutine() || parens > 0) {
                return;
            }
            if (word.equals("begin")) {
                blocks++;
            } else if (word.equals("case") && blocks > 0) {
                blocks++;
            } else if (word.equals("end") && blocks > 0) {
                blocks--;
            }
        }

        private boolean isRoutine() {
            if (leading.size() < 2 || !leading.get(0).equals("create")) {
                return false;
            }
            boolean orReplace = leading.get(1).equals("or") && leading.size() >= 4 && leading.get(2).equals("replace");
            String kind = orReplace ? leading.get(3) : leading.get(1);
            return kind.equals("function") || kind.equals("procedure");
        }

        boolean atTopLevel() {
            return parens == 0 && blocks == 0;
        }
    }
}
